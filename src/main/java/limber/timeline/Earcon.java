package limber.timeline;

/** The non-speech sounds of a session, with their fixed lengths. */
public enum Earcon {
    /** Marks the first instant of a hold, after "Hold for 30 seconds." */
    HOLD_START(300),
    /** Marks the end of a hold, before "Release." */
    HOLD_END(450),
    /** A countdown mark when the countdown style is beeps. */
    TICK(90),
    /**
     * Inside a hold in breaths: breathe in, a soft rising tone. Shorter than half the shortest
     * breath ({@link limber.routine.Routine#MIN_BREATH}), so it always ends before the next cue.
     */
    BREATHE_IN(700),
    /** Inside a hold in breaths: breathe out, a soft falling tone, as long as {@link #BREATHE_IN}. */
    BREATHE_OUT(700);

    private final int millis;

    Earcon(int millis) {
        this.millis = millis;
    }

    /** Its length at {@code rate} samples a second. */
    public int samples(int rate) {
        return (int) ((long) millis * rate / 1000);
    }

    /**
     * Whether it paces breathing inside a hold: soft, and too frequent for music to be ducked
     * under it (the music would never come back up between breaths).
     */
    public boolean breath() {
        return this == BREATHE_IN || this == BREATHE_OUT;
    }
}
