package limber.timeline;

/**
 * One timed piece of a session. Positions and lengths are in samples at
 * {@link Timeline#rate()}. {@code unit} is the index of the step it belongs to (what "next",
 * "previous" and "repeat" move between), {@code stretch} the 1-based stretch (0 before the first).
 */
public sealed interface Event {
    long start();

    long length();

    int unit();

    int stretch();

    default long end() {
        return start() + length();
    }

    /** A spoken line; its length is the measured length of the utterance. */
    record Speech(long start, long length, int unit, int stretch, String text) implements Event {
    }

    /** Silence: a pause, a rest, or the quiet part of a hold. */
    record Silence(long start, long length, int unit, int stretch) implements Event {
    }

    /** A non-speech sound. */
    record Tone(long start, long length, int unit, int stretch, Earcon earcon) implements Event {
    }
}
