package limber.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpeechTextTest {
    @Test
    void unitsAfterANumberAreWrittenOut() {
        assertEquals("Hold for 30 seconds.", SpeechText.spoken("Hold for 30s."));
        assertEquals("Hold 1 second, then 45 seconds.", SpeechText.spoken("Hold 1 sec, then 45 secs."));
        assertEquals("Rest 2 minutes.", SpeechText.spoken("Rest 2 min."));
        assertEquals("Walk for 1 minute.", SpeechText.spoken("Walk for 1min."));
    }

    @Test
    void multipliersAreSaidAsAPersonWould() {
        assertEquals("Repeat twice.", SpeechText.spoken("Repeat 2x."));
        assertEquals("once on each side, then 3 times.", SpeechText.spoken("1x on each side, then 3 x."));
        assertEquals("Do it 10 times.", SpeechText.spoken("Do it 10\u00d7."));
    }

    @Test
    void sidesDegreesRangesAndAbbreviations() {
        assertEquals("Stretch left and right.", SpeechText.spoken("Stretch L/R."));
        assertEquals("Switch right and left.", SpeechText.spoken("Switch R / L."));
        assertEquals("Reach left and right.", SpeechText.spoken("Reach left/right."));
        assertEquals("Bend your knee to 90 degrees.", SpeechText.spoken("Bend your knee to 90\u00b0."));
        assertEquals("Hold for 15 to 30 seconds.", SpeechText.spoken("Hold for 15\u201330 seconds."));
        assertEquals("Hold for 15 to 30 seconds.", SpeechText.spoken("Hold for 15 - 30 seconds."));
        assertEquals("Use a prop, for example a towel.", SpeechText.spoken("Use a prop, e.g. a towel."));
        assertEquals("Lie down, that is on your back.", SpeechText.spoken("Lie down, i.e. on your back."));
        assertEquals("Bring a mat, a towel and so on.", SpeechText.spoken("Bring a mat, a towel etc."));
    }

    @Test
    void markupIsNotReadAloud() {
        assertEquals("Breathe out.", SpeechText.spoken("<speak>Breathe out.</speak>"));
        assertEquals("Breathe in slowly.", SpeechText.spoken("Breathe in <emphasis level=\"strong\">slowly</emphasis>."));
    }

    @Test
    void whatIsNotShorthandStaysAsWritten() {
        for (String s : new String[] {"Lie on your back with your knees bent.", "Hold for 30 seconds.",
                "It's the 1990s' favourite.", "Step 2: the cat-cow.", "Count 1, 2, 3.", "Use a 2x4 board.",
                "Keep a 3 - 5 cm gap.", "If 2 < 3, rest.", "..."}) {
            String expect = s.equals("Keep a 3 - 5 cm gap.") ? "Keep a 3 to 5 cm gap." : s;
            assertEquals(expect, SpeechText.spoken(s));
        }
    }

    @Test
    void problemsAreWhatAVoiceWouldMangleOrCannotSay() {
        assertEquals("has nothing a voice can say", SpeechText.problem("..."));
        assertEquals("has nothing a voice can say", SpeechText.problem("<speak></speak>"));
        assertEquals("has letters an English voice cannot say (\u0414\u044b\u0448\u0438\u0442)", SpeechText.problem("\u0414\u044b\u0448\u0438\u0442\u0435."));
        assertEquals("has characters a voice reads as their names or skips (* #)", SpeechText.problem("*Slowly* #1."));
        assertEquals("has characters a voice reads as their names or skips (\ud83d\ude42)", SpeechText.problem("Smile \ud83d\ude42"));
        assertEquals(null, SpeechText.problem("Hold 30s, 2x, L/R."));
        assertEquals(null, SpeechText.problem("Lie on your back with your knees bent."));
    }

    @org.junit.jupiter.api.Test
    void inAnotherLanguageTheAuthorsShorthandIsSaidAsWrittenOnlyMarkupIsLeftOut() {
        org.junit.jupiter.api.Assertions.assertEquals("Halte 30s, 2x, L/R.", SpeechText.spoken("Halte 30s, 2x, L/R.", "de"));
        org.junit.jupiter.api.Assertions.assertEquals("Atme ruhig.", SpeechText.spoken("<speak>Atme  ruhig .</speak>", "de"));
        org.junit.jupiter.api.Assertions.assertEquals("Hold 30 seconds.", SpeechText.spoken("Hold 30s.", "en"));
    }

    @org.junit.jupiter.api.Test
    void lettersOfAnotherScriptThanTheRoutinesAreNamed() {
        org.junit.jupiter.api.Assertions.assertNull(SpeechText.problem("Лягте на спину.", "ru"));
        org.junit.jupiter.api.Assertions.assertEquals("has letters a Russian voice cannot say (Q)",
                SpeechText.problem("Лягте Q.", "ru"));
        org.junit.jupiter.api.Assertions.assertEquals("has letters an English voice cannot say (Лягте)",
                SpeechText.problem("Лягте.", "en"));
        org.junit.jupiter.api.Assertions.assertNull(SpeechText.problem("Leg dich auf den Rücken.", "de"));
    }
}
