package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import limber.testkit.Pcm;
import limber.testkit.Tools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No command is taken from speech that is not one: the player's whole narration of the seed
 * routine, and minutes of other talk, run through the same pipeline as the microphone's (real
 * segmenter, real pocketsphinx), straight from the files, faster than real time.
 */
class NoFalseCommandsTest {
    @BeforeAll
    static void tools() {
        Tools.require(Tools.POCKETSPHINX);
        Tools.require(Tools.CORPUS);
    }

    @Test
    void theWholeSeedNarrationPlayedIntoTheMicrophoneIsNeverACommand() throws IOException {
        short[] narration = Corpus.narration();
        List<List<Segmenter.Utterance>> gated = Offline.gated(narration, 0.1);
        List<Listening.Outcome> outcomes = new ArrayList<>();
        try (PocketSphinx r = PocketSphinx.open(PocketSphinx.Settings.DEFAULT)) {
            for (Segmenter.Utterance u : gated.get(0)) {
                // a session with check-ins hears their answers too: none may come from the narration
                outcomes.add(Listening.interpret(u, r, Vocabulary.controls()));
                outcomes.add(Listening.interpret(u, r, Vocabulary.controls().withCheckIns()));
            }
        }
        List<Listening.Outcome> commands = Offline.accepted(outcomes);
        System.out.printf(Locale.ROOT, "false alarms (seed narration, %.0f s, through the narration gate): %d;"
                        + " %d utterances held back by the gate, %d let through and rejected%n",
                narration.length / (double) Pcm.RATE, commands.size(), gated.get(1).size(), gated.get(0).size());
        assertEquals(List.of(), commands, Offline.describe(commands));
        assertTrue(gated.get(1).size() > 50, "the gate held back only " + gated.get(1).size() + " utterances");
    }

    @Test
    void minutesOfOtherTalkAreNeverACommand() throws IOException {
        Vocabulary menu = Vocabulary.controls().withAnswers(Corpus.SEED_HOLDS);
        double seconds = 0;
        int utterances = 0;
        List<Listening.Outcome> commands = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (Corpus.Voice v : List.of(Corpus.VOICES.get(0), Corpus.VOICES.get(2))) {
            for (boolean cut : List.of(false, true)) {
                short[] talk = cut ? Corpus.phrases(v, "talk-test.txt", 0.6) : Corpus.talk(v, "talk-test.txt");
                seconds += talk.length / (double) Pcm.RATE;
                sets.add(v + (cut ? " phrase by phrase" : ""));
                for (Vocabulary vocabulary : List.of(Vocabulary.controls(), menu, Vocabulary.controls().withCheckIns())) {
                    try (PocketSphinx r = PocketSphinx.open(PocketSphinx.Settings.DEFAULT)) {
                        List<Listening.Outcome> o = Offline.hear(talk, r, vocabulary);
                        utterances += o.size();
                        commands.addAll(Offline.accepted(o));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "false alarms (other talk, %.0f s: %s; with the controls, the menu's answers and a check-in's): %d"
                + " of %d utterances recognized%n", seconds, sets, commands.size(), utterances);
        assertTrue(seconds >= 120, "only " + seconds + " s of talk");
        assertEquals(List.of(), commands, Offline.describe(commands));
    }

    @Test
    void isolatedShortPhrasesOfTalkAreNotControls() throws IOException {
        int utterances = 0;
        double seconds = 0;
        List<Listening.Outcome> controls = new ArrayList<>();
        List<Listening.Outcome> answers = new ArrayList<>();
        List<Listening.Outcome> feelings = new ArrayList<>();
        Vocabulary menu = Vocabulary.controls().withAnswers(Corpus.SEED_HOLDS);
        for (Corpus.Voice v : List.of(Corpus.VOICES.get(0), Corpus.VOICES.get(2))) {
            short[] talk = Corpus.phrases(v, "talk-test.txt", 1.2);
            seconds += talk.length / (double) Pcm.RATE;
            try (PocketSphinx r = PocketSphinx.open(PocketSphinx.Settings.DEFAULT)) {
                List<Listening.Outcome> o = Offline.hear(talk, r, Vocabulary.controls());
                utterances += o.size();
                controls.addAll(Offline.accepted(o));
            }
            try (PocketSphinx r = PocketSphinx.open(PocketSphinx.Settings.DEFAULT)) {
                answers.addAll(Offline.accepted(Offline.hear(talk, r, menu)));
            }
            try (PocketSphinx r = PocketSphinx.open(PocketSphinx.Settings.DEFAULT)) {
                for (Listening.Outcome o : Offline.accepted(Offline.hear(talk, r, Vocabulary.controls().withCheckIns()))) {
                    (o.input() instanceof limber.player.Input.Feeling ? feelings : controls).add(o);
                }
            }
        }
        System.out.printf(Locale.ROOT, "false alarms (talk cut at every comma and full stop, each piece alone after"
                + " 1.2 s of quiet, %.0f s, %d utterances): %d controls; with the menu's answers too: %d%s; with a"
                + " check-in's: %d%s%n", seconds, utterances, controls.size(), answers.size(), Offline.describe(answers),
                feelings.size(), Offline.describe(feelings));
        assertEquals(List.of(), controls, Offline.describe(controls));
    }
}
