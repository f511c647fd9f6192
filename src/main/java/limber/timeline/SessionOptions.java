package limber.timeline;

import limber.routine.Routine;

/**
 * What the user chose for one session.
 *
 * @param holdSeconds length of every {@code "hold": true}, {@link Routine#MIN_HOLD}..{@link Routine#MAX_HOLD}
 * @param fromStretch first stretch to play, 1-based; stretches before it and the intro are skipped
 */
public record SessionOptions(int holdSeconds, Pace pace, CountdownStyle countdown, boolean earcons, int fromStretch) {
    public SessionOptions {
        if (holdSeconds < Routine.MIN_HOLD || holdSeconds > Routine.MAX_HOLD) {
            throw new IllegalArgumentException("hold must be " + Routine.MIN_HOLD + ".." + Routine.MAX_HOLD
                    + " seconds, got " + holdSeconds);
        }
        if (fromStretch < 1) {
            throw new IllegalArgumentException("--from must be 1 or more, got " + fromStretch);
        }
    }

    public static SessionOptions defaults(int holdSeconds) {
        return new SessionOptions(holdSeconds, Pace.NORMAL, CountdownStyle.VOICE, true, 1);
    }

    public SessionOptions withHold(int seconds) {
        return new SessionOptions(seconds, pace, countdown, earcons, fromStretch);
    }
}
