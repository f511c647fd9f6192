package limber.listen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How pocketsphinx's output is read and judged, and what a decoder that fails does; no pocketsphinx needed. */
class PocketSphinxTest {
    private static final PocketSphinx.Settings SETTINGS = PocketSphinx.Settings.DEFAULT;
    private static final Vocabulary CONTROLS = Vocabulary.controls();

    /** What {@code pocketsphinx_continuous -kws ... -time yes} writes for a FreeTTS "stop", log included. */
    private static final String SPOTTED = String.join("\n",
            "INFO: cmn_live.c(120): Update from < 41.00 -5.29 -0.12  5.09  2.48 -4.07 -1.37 -1.78 -5.08 -2.05 -6.45 -1.42  1.17 >",
            "INFO: cmn_live.c(138): Update to   < 39.48 -7.54  7.64 -5.84 -14.57  5.23  1.16  0.90 -2.91  3.69  0.98 -0.78 -0.36 >",
            "pause  back  stop  next ",
            "pause  0.660 0.790 0.839356",
            "back  0.370 0.470 0.794195",
            "stop  0.250 0.680 0.883279",
            "next  0.110 0.380 0.792528",
            "INFO: kws_search.c(656): TOTAL kws 0.03 CPU 0.035 xRT", "");

    /** The JSGF decode of the same, with a word's alternate pronunciation. */
    private static final String DECODED = String.join("\n",
            "-jsgf                                          grammar.gram",
            "INFO: cmn_live.c(138): Update to   < 39.48 -7.54  7.64 -5.84 -14.57  5.23  1.16  0.90 -2.91  3.69  0.98 -0.78 -0.36 >",
            "forty five", "<sil> 0.000 0.220 1.000000", "forty 0.230 0.600 1.000000", "five(2) 0.610 0.930 1.000000",
            "<sil> 0.940 1.100 1.000000", "");

    @Test
    void detectionsAreReadWithTheirScoresAndSortedByTime() {
        List<PocketSphinx.Detection> d = PocketSphinx.detections(SPOTTED);
        assertEquals(List.of("next", "stop", "back", "pause"), d.stream().map(PocketSphinx.Detection::phrase).toList());
        assertEquals(0.25, d.get(1).start());
        assertEquals(0.68, d.get(1).end());
        // printed 0.883279 = 1.0001^(score - 1500)
        assertEquals(258.7, d.get(1).score(), 0.1);
    }

    @Test
    void decodedWordsSkipSilenceAndFoldAlternatePronunciations() {
        assertEquals("forty five", PocketSphinx.forced(DECODED));
    }

    @Test
    void evidenceIsTheBestDetectionOfTheDecodedPhrase() {
        PocketSphinx.Evidence e = PocketSphinx.evidence("stop", PocketSphinx.detections(SPOTTED), 0.5, 12.5);
        assertEquals("\"stop\" score 259 coverage 0.86 of 0.50 s margin 510 fit 12.5", e.toString());
    }

    @Test
    void commandSpottedOverTheWholeUtteranceIsAccepted() {
        Recognizer.Heard h = PocketSphinx.decide(new PocketSphinx.Evidence("pause", -100, 0.9, 0.5, 9999, 5), CONTROLS, SETTINGS);
        assertTrue(h.accepted());
        assertEquals("pause", h.phrase());
    }

    @Test
    void commandSpottedInOnlyPartOfALongerUtteranceIsRejected() {
        Recognizer.Heard h = PocketSphinx.decide(new PocketSphinx.Evidence("next", 300, 0.3, 0.78, 9999, 5), CONTROLS, SETTINGS);
        assertFalse(h.accepted());
        assertEquals("\"next\" score 300 coverage 0.30 of 0.78 s margin 9999 fit 5.0: spans too little of the speech", h.detail());
    }

    @Test
    void commandMayLeaveAFewTenthsOfASecondOfTheSpeechUncovered() {
        assertTrue(PocketSphinx.decide(new PocketSphinx.Evidence("next", -100, 0.6, 0.6, 9999, 5), CONTROLS, SETTINGS).accepted());
    }

    @Test
    void aClearFitMayLeaveUpToHalfASecondUncovered() {
        assertTrue(PocketSphinx.decide(new PocketSphinx.Evidence("back", -40, 0.2, 0.5, 9999, 17), CONTROLS, SETTINGS).accepted());
        assertFalse(PocketSphinx.decide(new PocketSphinx.Evidence("back", -40, 0.2, 0.5, 9999, 12), CONTROLS, SETTINGS).accepted());
    }

    @Test
    void weakScoreIsRejected() {
        Recognizer.Heard h = PocketSphinx.decide(new PocketSphinx.Evidence("next", -950, 1, 0.5, 9999, 5), CONTROLS, SETTINGS);
        assertEquals("\"next\" score -950 coverage 1.00 of 0.50 s margin 9999 fit 5.0: score below -800", h.detail());
    }

    @Test
    void stopEndsTheSessionSoItNeedsAStrongerScore() {
        assertFalse(PocketSphinx.decide(new PocketSphinx.Evidence("stop", -300, 1, 0.5, 9999, 5), CONTROLS, SETTINGS).accepted());
        assertTrue(PocketSphinx.decide(new PocketSphinx.Evidence("stop", -100, 1, 0.5, 9999, 5), CONTROLS, SETTINGS).accepted());
    }

    @Test
    void phraseThatAFreeLoopOfPhonesFitsBetterIsRejected() {
        Recognizer.Heard h = PocketSphinx.decide(new PocketSphinx.Evidence("stop", 100, 1, 0.5, 9999, -17.5), CONTROLS, SETTINGS);
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
        List<PocketSphinx.Aligned> decoded = PocketSphinx.backtrace(GRAMMAR_BACKTRACE);
        assertEquals(List.of(new PocketSphinx.Aligned("pause", 0, 52, -1750), new PocketSphinx.Aligned("<sil>", 53, 89, -365)),
                decoded);
        List<PocketSphinx.Aligned> loop = PocketSphinx.backtrace(LOOP_BACKTRACE);
        assertEquals(8, loop.size());
        // (-1750 - 365) - (-239 - 393 - 365 - 314 - 284 - 251 - 557) = 288, over the 53 frames of "pause"
        assertEquals(288.0 / 53, PocketSphinx.fit(decoded, loop), 1e-9);
    }

    @Test
    void theNoiseFloorIsTheSameEveryTimeAndAsQuietAsAsked() {
        short[] silence = new short[16000];
        short[] a = PocketSphinx.withFloor(silence, -70);
        assertArrayEquals(a, PocketSphinx.withFloor(silence, -70));
        double sum = 0;
        for (short x : a) {
            sum += (double) x * x;
        }
        assertEquals(-70, 10 * Math.log10(sum / a.length / (32768.0 * 32768.0)), 0.5);
    }

    @Test
    void phraseOutsideTheVocabularyIsRejected() {
        Recognizer.Heard h = PocketSphinx.decide(new PocketSphinx.Evidence("two", 100, 1, 0.5, 9999, 5), CONTROLS, SETTINGS);
        assertEquals("\"two\" is not one phrase", h.detail());
    }

    @Test
    void nothingDecodedIsRejected() {
        assertEquals("no phrase fits",
                PocketSphinx.decide(new PocketSphinx.Evidence("", 0, 0, 0.5, 9999, 5), CONTROLS, SETTINGS).detail());
    }

    /** Half a second of a tone between quiet: some utterance. */
    private static Recognizer.Heard recognizeSomething(PocketSphinx ps) throws IOException {
        short[] pcm = new short[Segmenter.RATE * 3 / 2];
        for (int i = Segmenter.RATE / 2; i < Segmenter.RATE; i++) {
            pcm[i] = (short) Math.round(3000 * Math.sin(2 * Math.PI * 300 * i / Segmenter.RATE));
        }
        return ps.recognize(pcm, Segmenter.RATE / 2, Segmenter.RATE, CONTROLS);
    }

    @Test
    void aDecoderThatCrashesIsAnErrorNotNothingHeard(@TempDir Path bin) throws Exception {
        try (PocketSphinx ps = PocketSphinx.open(SETTINGS, DecodersTest.pathWith(bin, DecodersTest.CRASH))) {
            Recognizer.Broken e = assertThrows(Recognizer.Broken.class, () -> recognizeSomething(ps));
            assertEquals("pocketsphinx_continuous failed (exit status 1): " + DecodersTest.MODEL_ERROR, e.getMessage());
        }
        assertEquals(List.of(), DecodersTest.alive(bin));
    }

    @Test
    void decodersThatHangLeaveNoProcessBehind(@TempDir Path bin) throws Exception {
        PocketSphinx.Settings quick = new PocketSphinx.Settings(SETTINGS.minScore(), SETTINGS.minStopScore(),
                SETTINGS.maxUncovered(), SETTINGS.minFit(), SETTINGS.clearFit(), SETTINGS.maxUncoveredIfClear(),
                SETTINGS.levelDb(), SETTINGS.floorDb(), 1500);
        try (PocketSphinx ps = PocketSphinx.open(quick, DecodersTest.pathWith(bin, DecodersTest.HANG))) {
            IOException e = assertThrows(IOException.class, () -> recognizeSomething(ps));
            assertEquals("pocketsphinx_continuous did not finish within 1500 ms", e.getMessage());
        }
        // the probe's shell, and the three decoders' shells with their sleeps
        assertEquals(7, Files.readAllLines(bin.resolve("pids")).size());
        assertEquals(List.of(), DecodersTest.alive(bin));
    }

    @Test
    void aDecoderThatFailsAtOnceSaysTheModelIsMissing(@TempDir Path bin) throws Exception {
        DecodersTest.script(bin, PocketSphinx.PROGRAM, DecodersTest.CRASH);
        PocketSphinx.Unavailable e = assertThrows(PocketSphinx.Unavailable.class,
                () -> PocketSphinx.open(SETTINGS, bin.toString()));
        assertEquals("voice control needs pocketsphinx's English model (pocketsphinx_continuous failed: "
                + DecodersTest.MODEL_ERROR + "): apt-get install pocketsphinx pocketsphinx-en-us", e.getMessage());
    }

    @Test
    void missingPocketsphinxSaysHowToInstallIt() {
        PocketSphinx.Unavailable e = assertThrows(PocketSphinx.Unavailable.class,
                () -> PocketSphinx.open(SETTINGS, "/nonexistent"));
        assertEquals("voice control needs pocketsphinx (pocketsphinx_continuous is not on PATH):"
                + " apt-get install pocketsphinx pocketsphinx-en-us", e.getMessage());
    }
}
