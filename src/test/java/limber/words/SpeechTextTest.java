package limber.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    @Test
    void inEveryLanguageMarkupIsLeftOutAndSpacesTidied() {
        assertEquals("Atme ruhig.", SpeechText.spoken("<speak>Atme  ruhig .</speak>", "de"));
        assertEquals("Дышите.", SpeechText.spoken("<speak>Дышите</speak>.", "ru"));
        assertEquals("Hold 30 seconds.", SpeechText.spoken("Hold 30s.", "en"));
    }

    @Test
    void germanShorthandIsReadInGerman() {
        assertEquals("Halte 30 Sekunden lang, zweimal, links und rechts.", SpeechText.spoken("Halte 30 Sek. lang, 2x, L/R.", "de"));
        assertEquals("Halte 30 Sekunden.", SpeechText.spoken("Halte 30 s.", "de"));
        assertEquals("Halte 15 bis 30 Sekunden.", SpeechText.spoken("Halte 15\u201330 Sekunden.", "de"));
        assertEquals("Beuge das Knie auf 90 Grad.", SpeechText.spoken("Beuge das Knie auf 90\u00b0.", "de"));
        assertEquals("eine Minute, einmal, 20 Mal", SpeechText.spoken("1 min, 1x, 20x", "de"));
        assertEquals("Nimm ein Polster, zum Beispiel ein Kissen, circa 30 Sekunden.",
                SpeechText.spoken("Nimm ein Polster, z.B. ein Kissen, ca. 30 s.", "de"));
        assertEquals("Matte, Kissen und so weiter. Dann hinlegen.", SpeechText.spoken("Matte, Kissen usw. Dann hinlegen.", "de"));
    }

    @Test
    void spanishShorthandIsReadInSpanish() {
        assertEquals("Mantén 15 a 30 segundos, 2 veces, derecha e izquierda.",
                SpeechText.spoken("Mantén 15\u201330 seg, 2x, D/I.", "es"));
        assertEquals("una vez, un minuto, un segundo, 90 grados", SpeechText.spoken("1x, 1 min, 1 s, 90\u00b0", "es"));
        assertEquals("por ejemplo una toalla, etcétera.", SpeechText.spoken("p. ej. una toalla, etc.", "es"));
    }

    @Test
    void frenchShorthandIsReadInFrench() {
        assertEquals("Tenez 30 secondes, 2 fois, gauche et droite.", SpeechText.spoken("Tenez 30 s, 2x, G/D.", "fr"));
        assertEquals("Tenez 15 à 30 secondes.", SpeechText.spoken("Tenez 15-30 secondes.", "fr"));
        assertEquals("une minute, une fois, 90 degrés, une seconde", SpeechText.spoken("1 min, 1x, 90\u00b0, 1 sec", "fr"));
        assertEquals("par exemple une serviette, c'est-à-dire une couverture, et cetera.",
                SpeechText.spoken("p. ex. une serviette, c.-à-d. une couverture, etc.", "fr"));
    }

    @Test
    void brazilianPortugueseShorthandIsReadInPortuguese() {
        assertEquals("Segure 30 segundos, duas vezes, esquerda e direita.", SpeechText.spoken("Segure 30 seg, 2x, E/D.", "pt-BR"));
        assertEquals("uma vez, um segundo, um minuto, 15 a 30 segundos, 90 graus",
                SpeechText.spoken("1x, 1 s, 1 min, 15\u201330 s, 90\u00b0", "pt-BR"));
        assertEquals("por exemplo uma toalha, et cetera.", SpeechText.spoken("p. ex. uma toalha, etc.", "pt-BR"));
    }

    @Test
    void polishShorthandIsReadInPolishWithItsPlurals() {
        assertEquals("Wytrzymaj 30 sekund, 2 razy, lewa i prawa.", SpeechText.spoken("Wytrzymaj 30 s, 2x, L/P.", "pl"));
        assertEquals("jedną sekundę, dwie sekundy, 3 sekundy, 5 sekund, 22 sekundy, jedną minutę, 5 minut",
                SpeechText.spoken("1 s, 2 s, 3 s, 5 s, 22 s, 1 min, 5 min", "pl"));
        assertEquals("od 15 do 30 sekund", SpeechText.spoken("15\u201330 sekund", "pl"));
        assertEquals("90 stopni, jeden stopień, 2 stopnie, raz, 5 razy", SpeechText.spoken("90\u00b0, 1\u00b0, 2\u00b0, 1x, 5x", "pl"));
        assertEquals("na przykład ręcznik, około 30 sekund, i tak dalej.", SpeechText.spoken("np. ręcznik, ok. 30 s, itd.", "pl"));
    }

    @Test
    void russianShorthandIsReadInRussianWithItsPlurals() {
        assertEquals("Удерживайте 30 секунд, 2 раза, левая и правая.", SpeechText.spoken("Удерживайте 30 сек, 2\u0445, Л/П.", "ru"));
        assertEquals("одну секунду, две секунды, 5 секунд, 21 секунду.", SpeechText.spoken("1 с, 2 с, 5 с, 21 с.", "ru"));
        assertEquals("от 15 до 30 секунд, 90 градусов, 2 градуса, один раз, 5 раз",
                SpeechText.spoken("15\u201330 секунд, 90\u00b0, 2\u00b0, 1x, 5\u0445", "ru"));
        assertEquals("например полотенце, то есть коврик, и так далее.",
                SpeechText.spoken("напр. полотенце, т.е. коврик, и т. д.", "ru"));
    }

    @Test
    void aRussianPrepositionAfterANumberIsNoUnit() {
        // "с" is also "with"/"from": "10 с каждой стороны" is ten on each side, not ten seconds
        assertEquals("Сделайте 10 с каждой стороны.", SpeechText.spoken("Сделайте 10 с каждой стороны.", "ru"));
    }

    @Test
    void ukrainianShorthandIsReadInUkrainianWithItsPlurals() {
        assertEquals("Утримуйте 30 секунд, 2 рази, ліва і права.", SpeechText.spoken("Утримуйте 30 сек, 2\u0445, Л/П.", "uk"));
        assertEquals("одну хвилину, дві хвилини, 5 хвилин, від 15 до 30 секунд, 90 градусів",
                SpeechText.spoken("1 хв, 2 хв, 5 хв, 15\u201330 секунд, 90\u00b0", "uk"));
        assertEquals("наприклад рушник, і так далі.", SpeechText.spoken("напр. рушник, і т. д.", "uk"));
    }

    @Test
    void inAnotherLanguageTheShorthandIsNoProblemForCheck() {
        assertNull(SpeechText.problem("Halte 30 Sek., 2x, L/R, 15\u201330 s, 90\u00b0, z. B.", "de"));
        assertNull(SpeechText.problem("Удерживайте 30 сек, 2\u0445, Л/П.", "ru"));
    }

    @Test
    void aNumberTooLongToCountIsLeftAsWritten() {
        assertEquals("Turn 12345678901\u00b0 and 12345678901x.", SpeechText.spoken("Turn 12345678901\u00b0 and 12345678901x."));
        assertEquals("Hold 12345678901 s.", SpeechText.spoken("Hold 12345678901 s."));
    }

    @Test
    void aDecadeOrAnAgeIsNotSeconds() {
        assertEquals("the 1990s are back", SpeechText.spoken("the 1990s are back"));
        assertEquals("if you are in your 30s or 40s, hold 30 seconds.", SpeechText.spoken("if you are in your 30s or 40s, hold 30s."));
        assertEquals("people in their 40s and 50s", SpeechText.spoken("people in their 40s and 50s"));
    }

    @Test
    void anAbbreviationsPeriodIsSaidOnlyWhereASentenceEnds() {
        assertEquals("a towel and so on, then lie down.", SpeechText.spoken("a towel etc., then lie down."));
        assertEquals("Hold 30 seconds then relax.", SpeechText.spoken("Hold 30 sec. then relax."));
        assertEquals("Hold 30 seconds. Then relax.", SpeechText.spoken("Hold 30 sec. Then relax."));
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

    @Test
    void textsReadOnSeveralThreadsAtOnceAreReadAsOnOne() throws Exception {
        java.util.List<String> texts = java.util.List.of("Hold for 30s.", "Repeat 2x.", "Turn 90\u00b0, e.g. L/R.",
                "Rest 15-30 sec, then 2 min.", "Just breathe.", "Hold 1 sec, then 45 secs.");
        java.util.List<String> alone = texts.stream().map(SpeechText::spoken).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<String>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    java.util.List<String> said = new java.util.ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        said.add(SpeechText.spoken(texts.get(i % texts.size())));
                    }
                    return said;
                }));
            }
            for (java.util.concurrent.Future<java.util.List<String>> run : runs) {
                java.util.List<String> said = run.get();
                for (int i = 0; i < said.size(); i++) {
                    assertEquals(alone.get(i % texts.size()), said.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
