package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import limber.player.Input;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private final Vocabulary menu = Vocabulary.controls().withAnswers(List.of(15, 30, 45));

    @Test
    void controlsMeanWhatTheirKeysMean() {
        Vocabulary v = Vocabulary.controls();
        assertEquals(Input.Control.PAUSE, v.meaning("pause"));
        assertEquals(Input.Control.RESUME, v.meaning("resume"));
        assertEquals(Input.Control.RESUME, v.meaning("continue"));
        assertEquals(Input.Control.NEXT, v.meaning("next"));
        assertEquals(Input.Control.PREVIOUS, v.meaning("back"));
        assertEquals(Input.Control.REPEAT, v.meaning("repeat"));
        assertEquals(Input.Control.LONGER, v.meaning("longer"));
        assertEquals(Input.Control.SHORTER, v.meaning("shorter"));
        assertEquals(Input.Control.QUIT, v.meaning("stop"));
        assertEquals(Input.Control.READY, v.meaning("ready"));
        assertEquals(Input.Control.TIME_LEFT, v.meaning("time"));
    }

    @Test
    void answersAreHeardOnlyWhileTheMenuIsOpen() {
        assertNull(Vocabulary.controls().meaning("two"));
        assertEquals(new Input.Answer(2, 0), menu.meaning("two"));
    }

    @Test
    void menuAnswersAreOptionNumbersAndSecondsWithOrWithoutTheWord() {
        assertEquals(new Input.Answer(1, 0), menu.meaning("one"));
        assertEquals(new Input.Answer(3, 0), menu.meaning("three"));
        assertNull(menu.meaning("four"));
        assertEquals(new Input.Answer(0, 30), menu.meaning("thirty"));
        assertEquals(new Input.Answer(0, 45), menu.meaning("forty five"));
        assertEquals(new Input.Answer(0, 15), menu.meaning("fifteen seconds"));
    }

    @Test
    void checkInAnswersAreFeelingsAndAreHeardOnlyInASessionWithCheckIns() throws IOException {
        Vocabulary v = Vocabulary.controls().withCheckIns();
        assertEquals(Input.Feeling.FINE, v.meaning("fine"));
        assertEquals(Input.Feeling.FINE, v.meaning("okay"));
        assertEquals(Input.Feeling.TOO_MUCH, v.meaning("too much"));
        assertEquals(Input.Feeling.TOO_MUCH, v.meaning("too hard"));
        assertEquals(Input.Feeling.TOO_EASY, v.meaning("too easy"));
        assertEquals(Input.Feeling.TOO_EASY, v.meaning("easy"));
        assertEquals(Input.Control.QUIT, v.meaning("stop"));
        assertNull(Vocabulary.controls().meaning("fine"));
        assertNull(v.meaning("two"), "the menu's answers are not among them");
        assertTrue(v.grammar().endsWith("<answer> = fine | good | okay | too much | too hard | too easy | easy;\n"),
                v.grammar());
    }

    @Test
    void phrasesListControlsThenAnswers() {
        assertEquals(List.of("back", "continue", "longer", "next", "pause", "ready", "repeat", "resume", "shorter", "stop", "time",
                "one", "two", "three", "fifteen", "fifteen seconds", "thirty", "thirty seconds", "forty five",
                "forty five seconds"), menu.phrases());
    }

    @Test
    void grammarAddsTheAnswerRuleOnlyWithAnswers() throws IOException {
        assertFalse(Vocabulary.controls().grammar().contains("<answer> ="));
        String g = menu.grammar();
        assertTrue(g.contains("public <utterance> = <control> | <answer>;"), g);
        assertTrue(g.contains("<answer> = one | two | three | fifteen | fifteen seconds | thirty | thirty seconds"
                + " | forty five | forty five seconds;"), g);
    }

    @Test
    void everyWordOfEveryPhraseIsInTheDictionary() throws IOException {
        Set<String> known = new HashSet<>();
        for (String line : Vocabulary.dictionary().split("\n")) {
            known.add(line.split(" ")[0].replaceAll("\\(\\d+\\)$", ""));
        }
        List<Integer> lengths = new java.util.ArrayList<>();
        for (int s = 1; s <= Vocabulary.MAX_SECONDS; s++) {
            lengths.add(s);
        }
        for (int from = 0; from < lengths.size(); from += 9) {
            Vocabulary v = Vocabulary.controls().withAnswers(lengths.subList(from, Math.min(from + 9, lengths.size())));
            for (String phrase : v.phrases()) {
                for (String w : phrase.split(" ")) {
                    assertTrue(known.contains(w), "\"" + w + "\" of \"" + phrase + "\" is not in commands.dict");
                }
            }
        }
    }

    @Test
    void numbersAreSaidTheWayTheNarratorSaysThem() {
        assertEquals("five", Vocabulary.words(5));
        assertEquals("fifteen", Vocabulary.words(15));
        assertEquals("thirty", Vocabulary.words(30));
        assertEquals("forty five", Vocabulary.words(45));
        assertEquals("one hundred twenty", Vocabulary.words(120));
        assertEquals("six hundred", Vocabulary.words(600));
    }

    @Test
    void moreThanNineOptionsCannotBeAnsweredByNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.controls().withAnswers(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));
        assertEquals("at most 9 menu options can be answered by voice, got 10", e.getMessage());
    }
}
