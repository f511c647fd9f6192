package limber.timeline;

import limber.routine.Routine;

/**
 * A session that would last longer than {@link Routine#MAX_SESSION_SECONDS}. Thrown by the
 * compiler before anything is played or written; the message is one line for the user.
 */
public final class SessionTooLongException extends RuntimeException {
    private final long length;
    private final int holdSeconds;

    SessionTooLongException(long length, int rate, int holdSeconds) {
        super("the session would last " + Timeline.formatTime(length, rate) + " with " + holdSeconds
                + " s holds, longer than the " + Routine.MAX_SESSION_SECONDS / 3600 + "-hour limit");
        this.length = length;
        this.holdSeconds = holdSeconds;
    }

    /** The compiled length in samples (over the limit). */
    public long length() {
        return length;
    }

    public int holdSeconds() {
        return holdSeconds;
    }
}
