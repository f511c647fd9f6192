package limber.player;

/** The lines the player says in answer to a control. */
public final class Feedback {
    public static final String PAUSED = "Paused.";
    public static final String RESUMING = "Resuming.";
    public static final String GOODBYE = "Goodbye.";

    private Feedback() {
    }

    /** "Holds are now 35 seconds." */
    public static String holdsNow(int seconds) {
        return "Holds are now " + seconds + " seconds.";
    }

    /** "Holds are already 600 seconds, the longest." */
    public static String holdsAtBound(int seconds) {
        return "Holds are already " + seconds + " seconds, the " + (seconds <= Player.MIN_HOLD ? "shortest." : "longest.");
    }
}
