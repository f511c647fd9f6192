package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the three decodes are weighed and judged; no pocketsphinx needed. */
class VerdictTest {
    private static final PocketSphinx.Settings SETTINGS = PocketSphinx.Settings.DEFAULT;
    private static final Vocabulary CONTROLS = Vocabulary.controls();

    @Test
    void evidenceIsTheBestDetectionOfTheDecodedPhrase() {
        Verdict.Evidence e = Verdict.evidence("stop", DecoderOutput.detections(DecoderOutputTest.SPOTTED), 0.5, 12.5);
        assertEquals("\"stop\" score 259 coverage 0.86 of 0.50 s margin 510 fit 12.5", e.toString());
    }

    @Test
    void commandSpottedOverTheWholeUtteranceIsAccepted() {
        Recognizer.Heard h = Verdict.decide(new Verdict.Evidence("pause", -100, 0.9, 0.5, 9999, 5), CONTROLS, SETTINGS);
        assertTrue(h.accepted());
        assertEquals("pause", h.phrase());
    }

    @Test
    void commandSpottedInOnlyPartOfALongerUtteranceIsRejected() {
        Recognizer.Heard h = Verdict.decide(new Verdict.Evidence("next", 300, 0.3, 0.78, 9999, 5), CONTROLS, SETTINGS);
        assertFalse(h.accepted());
        assertEquals("\"next\" score 300 coverage 0.30 of 0.78 s margin 9999 fit 5.0: spans too little of the speech", h.detail());
    }

    @Test
    void commandMayLeaveAFewTenthsOfASecondOfTheSpeechUncovered() {
        assertTrue(Verdict.decide(new Verdict.Evidence("next", -100, 0.6, 0.6, 9999, 5), CONTROLS, SETTINGS).accepted());
    }

    @Test
    void aClearFitMayLeaveUpToHalfASecondUncovered() {
        assertTrue(Verdict.decide(new Verdict.Evidence("back", -40, 0.2, 0.5, 9999, 17), CONTROLS, SETTINGS).accepted());
        assertFalse(Verdict.decide(new Verdict.Evidence("back", -40, 0.2, 0.5, 9999, 12), CONTROLS, SETTINGS).accepted());
    }

    @Test
    void weakScoreIsRejected() {
        Recognizer.Heard h = Verdict.decide(new Verdict.Evidence("next", -950, 1, 0.5, 9999, 5), CONTROLS, SETTINGS);
        assertEquals("\"next\" score -950 coverage 1.00 of 0.50 s margin 9999 fit 5.0: score below -800", h.detail());
    }

    @Test
    void stopEndsTheSessionSoItNeedsAStrongerScore() {
        assertFalse(Verdict.decide(new Verdict.Evidence("stop", -300, 1, 0.5, 9999, 5), CONTROLS, SETTINGS).accepted());
        assertTrue(Verdict.decide(new Verdict.Evidence("stop", -100, 1, 0.5, 9999, 5), CONTROLS, SETTINGS).accepted());
    }

    @Test
    void phraseThatAFreeLoopOfPhonesFitsBetterIsRejected() {
        Recognizer.Heard h = Verdict.decide(new Verdict.Evidence("stop", 100, 1, 0.5, 9999, -17.5), CONTROLS, SETTINGS);
        assertEquals("\"stop\" score 100 coverage 1.00 of 0.50 s margin 9999 fit -17.5: a free loop of phones fits better",
                h.detail());
    }

    /** From {@code pocketsphinx_continuous -backtrace yes}: "pause" against the phone loop. */
    private static final String GRAMMAR_BACKTRACE = String.join("\n",
            "INFO: pocketsphinx.c(1168): pause (-2452)",
            "word                 start end   pprob ascr       lscr       lback",
            "pause                0     52    1.000 -1750      0          1  ",
            "<sil>                53    89    1.000 -365       -337       1  ",
            "INFO: fsg_search.c(263): TOTAL fsg 0.01 CPU 0.013 xRT",
            "pause",
            "pause 0.000 0.520 1.000000");
    private static final String LOOP_BACKTRACE = String.join("\n",
            "word                 start end   pprob ascr       lscr       lback",
            "p_p                  0     7     1.000 -239       0          1  ",
            "(NULL)               7     7     1.000 0          0          1  ",
            "p_w                  8     11    1.000 -393       0          1  ",
            "p_aa                 12    28    1.000 -365       0          1  ",
            "p_l                  29    34    1.000 -314       0          1  ",
            "p_ah                 35    37    1.000 -284       0          1  ",
            "p_z                  38    52    1.000 -251       0          1  ",
            "<sil>                53    89    1.000 -557       -337       1  ",
            "INFO: fsg_search.c(263): TOTAL fsg 0.06 CPU 0.063 xRT");

    @Test
    void fitIsTheGrammarsAcousticScoreOverThePhoneLoopsPerFrameOfWords() {
        List<DecoderOutput.Aligned> decoded = DecoderOutput.backtrace(GRAMMAR_BACKTRACE);
        assertEquals(List.of(new DecoderOutput.Aligned("pause", 0, 52, -1750), new DecoderOutput.Aligned("<sil>", 53, 89, -365)),
                decoded);
        List<DecoderOutput.Aligned> loop = DecoderOutput.backtrace(LOOP_BACKTRACE);
        assertEquals(8, loop.size());
        // (-1750 - 365) - (-239 - 393 - 365 - 314 - 284 - 251 - 557) = 288, over the 53 frames of "pause"
        assertEquals(288.0 / 53, Verdict.fit(decoded, loop), 1e-9);
    }

    @Test
    void phraseOutsideTheVocabularyIsRejected() {
        Recognizer.Heard h = Verdict.decide(new Verdict.Evidence("two", 100, 1, 0.5, 9999, 5), CONTROLS, SETTINGS);
        assertEquals("\"two\" is not one phrase", h.detail());
    }

    @Test
    void nothingDecodedIsRejected() {
        assertEquals("no phrase fits",
                Verdict.decide(new Verdict.Evidence("", 0, 0, 0.5, 9999, 5), CONTROLS, SETTINGS).detail());
    }
}
