package limber.player;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import limber.audio.TimelineAudio;
import limber.audio.LiveSink;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.words.Catalogue;

/**
 * The spoken hold-length menu: reads the options, waits for an answer (a digit key, or a spoken
 * number), reads them once more, then takes the default and says so. The waiting is silence
 * written to the sink, so the audio clock times it too.
 */
public final class HoldMenu {
    /** How long the menu waits for an answer after reading the options. */
    public static final int WAIT_SECONDS = 6;

    private final List<HoldOption> options;
    private final HoldOption fallback;
    private final boolean byVoice;
    private final Catalogue words;

    /**
     * The menu of {@code options}; {@code fallback} is taken when nobody answers; {@code byVoice}
     * says the options are also answered aloud ({@link #lines(List, boolean)}). In English.
     */
    public HoldMenu(List<HoldOption> options, HoldOption fallback, boolean byVoice) {
        this(options, fallback, byVoice, Catalogue.ENGLISH);
    }

    private HoldMenu(List<HoldOption> options, HoldOption fallback, boolean byVoice, Catalogue words) {
        this.options = List.copyOf(options);
        this.fallback = fallback;
        this.byVoice = byVoice;
        this.words = words;
    }

    /**
     * The routine's hold options, in its language; no answer takes the one of its default hold
     * (else the first). Spoken answers are English numbers, so only an English menu invites them.
     */
    public static HoldMenu of(Routine routine, boolean byVoice) {
        Catalogue words = Catalogue.of(routine.language());
        List<HoldOption> options = routine.holdOptions();
        if (!words.english() && options.equals(Routine.DEFAULT_HOLD_OPTIONS)) {
            // a routine that names no options gets the default ones, labelled in its language ("sanft", not "gentle")
            options = options.stream().map(o -> new HoldOption(o.seconds(), words.format("holdOption." + o.label()))).toList();
        }
        HoldOption fallback = options.stream().filter(o -> o.seconds() == routine.defaultHold())
                .findFirst().orElse(options.get(0));
        return new HoldMenu(options, fallback, byVoice && words.english(), words);
    }

    /** What the menu says, in order: {@link #lines(List, boolean)} of its options. */
    public List<String> lines() {
        return lines(options, byVoice, words);
    }

    /**
     * "Choose how long to hold each stretch." then "Press 1 for 15 seconds, for a first time." ...
     * ("Say or press 1 ..." when the answer may be spoken).
     */
    public static List<String> lines(List<HoldOption> options, boolean byVoice) {
        return lines(options, byVoice, Catalogue.ENGLISH);
    }

    private static List<String> lines(List<HoldOption> options, boolean byVoice, Catalogue words) {
        List<String> lines = new ArrayList<>();
        lines.add(words.menuChoose());
        for (int i = 0; i < options.size(); i++) {
            HoldOption o = options.get(i);
            lines.add(words.menuOption(i + 1, o.seconds(), o.label(), byVoice));
        }
        return lines;
    }

    /** In English: "30 seconds, standard. Let's begin." */
    public static String chosen(HoldOption o) {
        return Catalogue.ENGLISH.menuChosen(o.seconds(), o.label());
    }

    /** In English: "No answer. Holds will be 30 seconds, standard." */
    public static String fallback(HoldOption o) {
        return Catalogue.ENGLISH.menuNoAnswer(o.seconds(), o.label());
    }

    /** In English: "Holds will be 30 seconds, standard." */
    public static String announced(HoldOption o) {
        return Catalogue.ENGLISH.menuAnnounced(o.seconds(), o.label());
    }

    /**
     * Asks, and returns the chosen option, or null when the user quit (goodbye already said).
     * With {@code interactive} false (no keyboard, no voice) it only says the default. Plays
     * through the player's sink and takes answers from its inputs.
     */
    public HoldOption ask(Player player, boolean interactive) throws IOException {
        LiveSink out = player.out();
        if (interactive) {
            Answers answers = new Answers(player, out, player.inputs(), options, words);
            short[] silence = new short[TimelineAudio.CHUNK];
            int wait = WAIT_SECONDS * out.sampleRate();
            for (int round = 0; round < 2; round++) {
                for (String line : lines()) {
                    player.speak(line, true);
                    HoldOption o = answers.take();
                    if (o != null) {
                        return o == QUIT ? null : o;
                    }
                }
                for (int waited = 0; waited < wait; waited += silence.length) {
                    HoldOption o = answers.take();
                    if (o != null) {
                        return o == QUIT ? null : o;
                    }
                    out.write(silence, 0, Math.min(silence.length, wait - waited));
                }
            }
        }
        player.speak(interactive ? words.menuNoAnswer(fallback.seconds(), fallback.label())
                : words.menuAnnounced(fallback.seconds(), fallback.label()));
        return fallback;
    }

    private static final HoldOption QUIT = new HoldOption(0, "quit");

    /** The inputs while the menu is open; remembers a "stop" said once. */
    private static final class Answers {
        private final Player player;
        private final LiveSink out;
        private final BlockingQueue<Input> inputs;
        private final List<HoldOption> options;
        private final Catalogue words;
        private final Feedback feedback;
        private boolean stopSaid;
        private boolean hinted;

        Answers(Player player, LiveSink out, BlockingQueue<Input> inputs, List<HoldOption> options, Catalogue words) {
            this.words = words;
            this.feedback = Feedback.of(words);
            this.player = player;
            this.out = out;
            this.inputs = inputs;
            this.options = options;
        }

        /**
         * Takes the pending inputs: an answer is confirmed aloud; q, or "stop" said twice, says
         * goodbye (QUIT); "stop" said once asks for it again; the first key that is no answer gets
         * the valid keys said; others are dropped. Null: no answer yet.
         */
        HoldOption take() throws IOException {
            Input in;
            while ((in = inputs.poll()) != null) {
                if (Input.control(in) == Input.Control.QUIT) {
                    out.flush();
                    if (in instanceof Input.Said && !stopSaid) {
                        stopSaid = true;
                        player.answer(feedback.stopAgainInMenu());
                        continue;
                    }
                    player.answer(feedback.goodbye());
                    out.drain();
                    return QUIT;
                }
                HoldOption o = match(in, options);
                if (o != null) {
                    out.flush();
                    player.speak(words.menuChosen(o.seconds(), o.label()));
                    return o;
                }
                if (!hinted && (in instanceof Input.Unknown || in instanceof Input.Control)) {
                    hinted = true; // a key that is no answer: say which keys are, once
                    out.flush();
                    player.answer(feedback.keys(options.size()));
                }
            }
            return null;
        }
    }

    /** The option an input answers, or null. */
    static HoldOption match(Input in, List<HoldOption> options) {
        if (in instanceof Input.Answer a) {
            for (int i = 0; i < options.size(); i++) {
                if (a.option() == i + 1 || a.option() == 0 && a.seconds() == options.get(i).seconds()) {
                    return options.get(i);
                }
            }
        }
        return null;
    }
}
