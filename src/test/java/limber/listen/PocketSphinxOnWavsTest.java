package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import limber.player.Input;
import limber.testkit.Pcm;
import limber.testkit.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real recognizer on WAV files, no audio server: words said by FreeTTS, cut by the segmenter. */
class PocketSphinxOnWavsTest {
    private static final Corpus.Voice KEVIN = Corpus.VOICES.get(0);
    private static final Vocabulary MENU = Vocabulary.controls().withAnswers(List.of(15, 30, 45));
    private static PocketSphinx recognizer;

    @BeforeAll
    static void open() throws IOException {
        Tools.require(Tools.POCKETSPHINX);
        recognizer = PocketSphinx.open(PocketSphinx.Settings.DEFAULT);
    }

    @AfterAll
    static void close() {
        if (recognizer != null) {
            recognizer.close();
        }
    }

    /** {@code phrase} said once, with quiet around it, and what voice control makes of it. */
    private static Input heard(String phrase, Vocabulary v) throws IOException {
        return heard(KEVIN, phrase, v);
    }

    private static Input heard(Corpus.Voice voice, String phrase, Vocabulary v) throws IOException {
        short[] stream = Pcm.concat(List.of(Pcm.hiss(1.2, 1), Corpus.phrase(voice, phrase), Pcm.hiss(1, 2)));
        List<Listening.Outcome> o = Offline.hear(stream, recognizer, v);
        assertEquals(1, o.size(), "one utterance in \"" + phrase + "\"");
        return o.get(0).input();
    }

    @Test
    void everyControlIsRecognized() throws IOException {
        List<Input> got = new ArrayList<>();
        List<Input> want = new ArrayList<>();
        for (String c : Corpus.CONTROLS) {
            got.add(heard(c, Vocabulary.controls()));
            want.add(Vocabulary.controls().meaning(c));
        }
        assertEquals(want, got);
    }

    /**
     * "ready" and "time" in each of the four voices: heard as themselves, never as another
     * command ("ready" was heard as "repeat" before it was a word of the grammar).
     */
    @Test
    void readyAndTimeAreHeardInEveryVoiceAndNeverAsAnotherCommand() throws IOException {
        List<String> wrong = new ArrayList<>();
        int recognized = 0;
        for (Corpus.Voice voice : Corpus.VOICES) {
            for (String word : List.of("ready", "time")) {
                Input in = heard(voice, word, Vocabulary.controls());
                if (in != null && !in.equals(Vocabulary.controls().meaning(word))) {
                    wrong.add(voice + " \"" + word + "\" -> " + in);
                } else if (in != null) {
                    recognized++;
                }
            }
        }
        System.out.printf("\"ready\" and \"time\" offline: %d of %d recognized, %d taken for another command%n",
                recognized, 2 * Corpus.VOICES.size(), wrong.size());
        assertEquals(List.of(), wrong);
        assertEquals(2 * Corpus.VOICES.size(), recognized);
    }

    /**
     * A check-in's answers in each of the four voices are heard as their feeling, and with them
     * in the grammar every control is still heard as itself ("fine" is near "time", "too" is "two").
     */
    @Test
    void checkInAnswersAreHeardInEveryVoiceAndTheControlsStayThemselves() throws IOException {
        Vocabulary v = Vocabulary.controls().withCheckIns();
        List<String> wrong = new ArrayList<>();
        int recognized = 0;
        int said = 0;
        for (Corpus.Voice voice : Corpus.VOICES) {
            for (String word : List.of("fine", "too much", "too easy", "time", "stop", "next", "continue")) {
                said++;
                Input in = heard(voice, word, v);
                if (in != null && !in.equals(v.meaning(word))) {
                    wrong.add(voice + " \"" + word + "\" -> " + in);
                } else if (in != null) {
                    recognized++;
                }
            }
        }
        System.out.printf("check-in answers and controls offline: %d of %d recognized, %d taken for another%n",
                recognized, said, wrong.size());
        assertEquals(List.of(), wrong);
        assertTrue(recognized >= said - 2, recognized + " of " + said);
    }

    @Test
    void menuAnswerTwoIsTheSecondOption() throws IOException {
        assertEquals(new Input.Answer(2, 0), heard("two", MENU));
    }

    @Test
    void menuAnswerInSecondsIsALength() throws IOException {
        assertEquals(new Input.Answer(0, 45), heard("forty five", MENU));
    }

    @Test
    void countdownNumberIsNoAnswerOnceTheMenuIsClosed() throws IOException {
        assertNull(heard("two", Vocabulary.controls()));
    }

    @Test
    void commandWordInsideAShortPhraseIsNoCommand() throws IOException {
        List<String> heard = new ArrayList<>();
        for (String phrase : List.of("please pause the music", "the next one", "go back home", "stop at the corner",
                "a longer walk", "repeat after me", "continue reading", "it was shorter")) {
            Input in = heard(phrase, Vocabulary.controls());
            if (in != null) {
                heard.add(phrase + " -> " + in);
            }
        }
        assertEquals(List.of(), heard);
    }
}
