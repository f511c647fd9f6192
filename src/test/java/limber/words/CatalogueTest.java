package limber.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every catalogue: the same keys as the English one, and every message formats for every number. */
class CatalogueTest {
    private static final int[] SECONDS = {1, 2, 3, 5, 11, 21, 22, 25, 30, 45};

    @ParameterizedTest
    @ValueSource(strings = {"de", "es", "fr", "pt-BR", "pl", "ru", "uk"})
    void everyKeyOfTheEnglishCatalogueIsInThisOneAndNoOther(String language) {
        assertEquals(Catalogue.ENGLISH.keys(), Catalogue.of(language).keys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "es", "fr", "pt-BR", "pl", "ru", "uk"})
    void everyMessageFormatsForEveryNumberOfSeconds(String language) {
        Catalogue c = Catalogue.of(language);
        List<String> bad = new ArrayList<>();
        for (String key : c.keys()) {
            for (int n : SECONDS) {
                String s = c.format(key, "seconds", n, "options", n, "number", String.valueOf(n), "total", "6",
                        "name", "NAME.", "label", "LABEL", "option", "2", "count", n, "from", "15", "to", "30", "breaths", n);
                if (s.isBlank() || s.contains("{") || s.contains("}") || s.contains("#")) {
                    bad.add(key + " at " + n + ": " + s);
                }
                // the catalogue's own reading of the syntax says what ICU's MessageFormat says
                String icu = new com.ibm.icu.text.MessageFormat(c.pattern(key), com.ibm.icu.util.ULocale.forLanguageTag(language))
                        .format(java.util.Map.ofEntries(java.util.Map.entry("seconds", n), java.util.Map.entry("options", n),
                                java.util.Map.entry("number", String.valueOf(n)), java.util.Map.entry("total", "6"),
                                java.util.Map.entry("name", "NAME."), java.util.Map.entry("label", "LABEL"),
                                java.util.Map.entry("option", "2"), java.util.Map.entry("count", n),
                                java.util.Map.entry("from", "15"), java.util.Map.entry("to", "30"),
                                java.util.Map.entry("breaths", n)));
                if (!icu.equals(s)) {
                    bad.add(key + " at " + n + ": " + s + " but ICU says " + icu);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theLanguagesAreTheDocumentedEight() {
        assertEquals(List.of("en", "de", "es", "fr", "pt-BR", "pl", "ru", "uk"), Catalogue.LANGUAGES);
    }

    @Test
    void englishIsWhatLimberAlwaysSaid() {
        Catalogue en = Catalogue.ENGLISH;
        assertEquals("Hold for 1 second.", en.hold(1, null));
        assertEquals("Hold for 30 seconds, left side.", en.hold(30, "left side"));
        assertEquals("Each hold lasts 30 seconds.", en.holdLength(30));
        assertEquals("Stretch 1000 of 1000: Reach.", en.stretch(1000, 1000, "Reach."));
        assertEquals("10 seconds left.", en.mark(10, true));
        assertEquals("3.", en.mark(3, false));
        assertEquals("30 seconds, standard. Let's begin.", en.menuChosen(30, "standard"));
        assertEquals("Press 1, or q to quit.", en.menuKeys(1));
        assertEquals("Press a number from 1 to 3, or q to quit.", en.menuKeys(3));
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        assertEquals(List.of("Wytrzymaj w tej pozycji jedną sekundę.", "Wytrzymaj w tej pozycji 2 sekundy.",
                "Wytrzymaj w tej pozycji 5 sekund.", "Wytrzymaj w tej pozycji 21 sekund.",
                "Wytrzymaj w tej pozycji 22 sekundy."), holds("pl", 1, 2, 5, 21, 22));
        assertEquals(List.of("Удерживайте позу одну секунду.", "Удерживайте позу 3 секунды.", "Удерживайте позу 11 секунд.",
                "Удерживайте позу 21 секунду.", "Удерживайте позу 25 секунд."), holds("ru", 1, 3, 11, 21, 25));
        assertEquals(List.of("Утримуйте позу 21 секунду.", "Утримуйте позу 22 секунди.", "Утримуйте позу 45 секунд."),
                holds("uk", 21, 22, 45));
        assertEquals(List.of("Halte eine Sekunde lang.", "Halte 2 Sekunden lang."), holds("de", 1, 2));
        assertEquals(List.of("Queda un segundo.", "Quedan 2 segundos."),
                List.of(Catalogue.of("es").timeLeft(1), Catalogue.of("es").timeLeft(2)));
    }

    @Test
    void holdsInBreathsFollowEachLanguagesPluralRules() {
        assertEquals(List.of("Hold for 1 breath.", "Hold for 5 breaths, left side."),
                List.of(Catalogue.ENGLISH.holdBreaths(1, null), Catalogue.ENGLISH.holdBreaths(5, "left side")));
        assertEquals(List.of("Wytrzymaj w tej pozycji przez jeden oddech.", "Wytrzymaj w tej pozycji przez 2 oddechy.",
                "Wytrzymaj w tej pozycji przez 5 oddechów.", "Wytrzymaj w tej pozycji przez 21 oddechów.",
                "Wytrzymaj w tej pozycji przez 22 oddechy."), breathHolds("pl", 1, 2, 5, 21, 22));
        assertEquals(List.of("Удерживайте позу один дыхательный цикл.", "Удерживайте позу 3 дыхательных цикла.",
                "Удерживайте позу 11 дыхательных циклов.", "Удерживайте позу 21 дыхательный цикл."),
                breathHolds("ru", 1, 3, 11, 21));
        assertEquals(List.of("Утримуйте позу 2 дихальні цикли.", "Утримуйте позу 5 дихальних циклів.",
                "Утримуйте позу 21 дихальний цикл."), breathHolds("uk", 2, 5, 21));
        assertEquals(List.of("Halte einen Atemzug lang.", "Halte 5 Atemzüge lang."), breathHolds("de", 1, 5));
        assertEquals(List.of("Tenez la posture pendant une respiration.", "Tenez la posture pendant 5 respirations."),
                breathHolds("fr", 1, 5));
        assertEquals(List.of("Mantén la postura durante una respiración.", "Mantén la postura durante 5 respiraciones."),
                breathHolds("es", 1, 5));
        assertEquals(List.of("Segure a posição por uma respiração.", "Segure a posição por 5 respirações."),
                breathHolds("pt-BR", 1, 5));
    }

    @Test
    void everyLanguageHasItsOwnShortBreathCues() {
        List<String> cues = new ArrayList<>();
        for (String l : Catalogue.LANGUAGES) {
            Catalogue c = Catalogue.of(l);
            cues.add(c.breatheIn() + " / " + c.breatheOut());
        }
        assertEquals(List.of("Breathe in. / Breathe out.", "Atme ein. / Atme aus.", "Inhala. / Exhala.",
                "Inspirez. / Expirez.", "Inspire. / Expire.", "Wdech. / Wydech.", "Вдох. / Выдох.", "Вдих. / Видих."), cues);
    }

    private static List<String> breathHolds(String language, int... breaths) {
        List<String> out = new ArrayList<>();
        for (int n : breaths) {
            out.add(Catalogue.of(language).holdBreaths(n, null));
        }
        return out;
    }

    private static List<String> holds(String language, int... seconds) {
        List<String> out = new ArrayList<>();
        for (int s : seconds) {
            out.add(Catalogue.of(language).hold(s, null));
        }
        return out;
    }

    @Test
    void stopAgainNamesTheEnglishCommandsInEveryLanguage() {
        for (String l : Catalogue.LANGUAGES) {
            String stop = Catalogue.of(l).answer("stop.again");
            // the commands are English words: the line must name the word the recognizer knows
            assertTrue(stop.contains("stop") && stop.contains("resume"), l + ": " + stop);
        }
    }

    @Test
    void anUnknownLanguageOrKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Catalogue.of("xx"));
        assertThrows(IllegalArgumentException.class, () -> Catalogue.ENGLISH.format("no.such.key"));
    }
}
