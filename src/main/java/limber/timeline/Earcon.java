package limber.timeline;

/** The non-speech sounds of a session, with their fixed lengths. */
public enum Earcon {
    /** Marks the first instant of a hold, after "Hold for 30 seconds." */
    HOLD_START(300),
    /** Marks the end of a hold, before "Release." */
    HOLD_END(450),
    /** A countdown mark when the countdown style is beeps. */
    TICK(90);

    private final int millis;

    Earcon(int millis) {
        this.millis = millis;
    }

    /** Its length at {@code rate} samples a second. */
    public int samples(int rate) {
        return (int) ((long) millis * rate / 1000);
    }
}
