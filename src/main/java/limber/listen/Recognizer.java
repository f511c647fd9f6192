package limber.listen;

import java.io.IOException;

/**
 * Turns one utterance into one phrase of a {@link Vocabulary}, or into nothing.
 *
 * <p>{@link #recognize} is called with one utterance at a time, from one thread (the voice
 * control's recognition thread); implementations need not be thread-safe. A call may take a
 * few hundred milliseconds; it must not keep the samples. Rejecting is the normal outcome: most
 * of what a microphone hears is not a command, and an implementation must answer
 * {@link Heard#nothing} rather than its best guess unless it is confident.
 */
interface Recognizer {
    /**
     * The recognizer cannot work any more (its engine crashed or exited with an error), as
     * opposed to a plain {@link IOException}, after which the next utterance may well succeed
     * (a decode that ran out of time on a busy machine). The caller should stop asking.
     */
    class Broken extends IOException {
        private static final long serialVersionUID = 1L;

        Broken(String message) {
            super(message);
        }
    }

    /**
     * What was heard. {@code phrase} is a phrase of the vocabulary, or null when the utterance
     * was rejected; {@code detail} says why, for logs and benchmarks.
     */
    record Heard(String phrase, String detail) {
        static Heard nothing(String why) {
            return new Heard(null, why);
        }

        boolean accepted() {
            return phrase != null;
        }
    }

    /**
     * @param pcm 16 kHz mono samples: the utterance with a little silence on each side
     * @param speechFrom where speech starts in {@code pcm} (a sample index)
     * @param speechTo where speech ends in {@code pcm} (exclusive)
     * @throws Broken when the recognizer itself has failed for good (never when it hears nothing)
     * @throws IOException when the recognizer failed on this utterance (not when it hears nothing)
     */
    Heard recognize(short[] pcm, int speechFrom, int speechTo, Vocabulary vocabulary) throws IOException;
}
