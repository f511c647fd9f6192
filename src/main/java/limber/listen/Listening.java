package limber.listen;

import java.io.IOException;
import limber.player.Input;

/**
 * Microphone samples in, commands out, on whichever threads the caller likes: {@link #accept}
 * cuts the stream into utterances and drops those the player itself may have spoken over or
 * that follow other speech too closely; {@link #interpret} asks the recognizer about one
 * utterance and says what it means. The live {@link VoiceControl} calls the first on its capture
 * thread and the second on its recognition thread; a test can call both in turn on a file.
 *
 * <p>{@link #accept} is not thread-safe (one capture thread); {@link #interpret} touches no
 * state of its own.
 */
final class Listening {
    /** Where the utterances that are worth recognizing go, and why the others were dropped. */
    interface Utterances {
        void candidate(Segmenter.Utterance u);

        default void dropped(Segmenter.Utterance u, String why) {
        }
    }

    /** When an utterance may be a command, besides its length (the segmenter's business). */
    record Settings(Segmenter.Settings segmenter, int minQuietBefore) {
        /** Quiet before a command: 1 s. */
        static final Settings DEFAULT = new Settings(Segmenter.Settings.DEFAULT, Segmenter.RATE);
    }

    /** What one utterance turned out to be: {@code input} is null when it was rejected. */
    record Outcome(Segmenter.Utterance utterance, Recognizer.Heard heard, Input input) {
    }

    private final Settings settings;
    private final Segmenter segmenter;
    /** Per 10 ms frame of the stream, whether the narrator was audible: a ring as long as the segmenter's. */
    private final boolean[] narrator;
    private final long span;
    private long position;

    Listening(Settings settings, Utterances out) {
        this.settings = settings;
        Segmenter.Settings s = settings.segmenter();
        this.span = s.preRoll() + s.maxSpeech() + s.hangover() + 2L * Segmenter.FRAME;
        this.narrator = new boolean[(int) (span / Segmenter.FRAME) + 1];
        this.segmenter = new Segmenter(s, u -> {
            if (narratorDuring(u.from(), u.decided())) {
                out.dropped(u, "the narrator was speaking");
            } else if (u.quietBefore() < settings.minQuietBefore()) {
                out.dropped(u, "no pause before it");
            } else {
                out.candidate(u);
            }
        });
    }

    /**
     * Takes the next samples of the stream; {@code narratorAudible} says whether the player's
     * own voice may be in them. Calls back for each utterance that ends in them.
     */
    void accept(short[] pcm, int offset, int length, boolean narratorAudible) {
        int done = 0;
        while (done < length) {
            // mark frame by frame, so a chunk of any size flags exactly the frames it covers
            int n = Math.min(length - done, Segmenter.FRAME - (int) (position % Segmenter.FRAME));
            int frame = (int) ((position / Segmenter.FRAME) % narrator.length);
            if (position % Segmenter.FRAME == 0) {
                narrator[frame] = narratorAudible;
            } else {
                narrator[frame] |= narratorAudible;
            }
            segmenter.accept(pcm, offset + done, n);
            position += n;
            done += n;
        }
    }

    /** Ends the stream: an utterance still open is finished. */
    void finish() {
        segmenter.finish();
    }

    /** Samples taken so far. */
    long position() {
        return position;
    }

    private boolean narratorDuring(long from, long to) {
        long first = Math.max(from, position - span + Segmenter.FRAME) / Segmenter.FRAME;
        long last = (Math.min(to, position) - 1) / Segmenter.FRAME;
        for (long f = first; f <= last; f++) {
            if (narrator[(int) (f % narrator.length)]) {
                return true;
            }
        }
        return false;
    }

    /** Recognizes one utterance against {@code vocabulary}. */
    static Outcome interpret(Segmenter.Utterance u, Recognizer recognizer, Vocabulary vocabulary) throws IOException {
        Recognizer.Heard heard = recognizer.recognize(u.pcm(), u.pcmSpeechStart(), u.pcmSpeechEnd(), vocabulary);
        Input input = heard.accepted() ? vocabulary.meaning(heard.phrase()) : null;
        return new Outcome(u, heard, input);
    }
}
