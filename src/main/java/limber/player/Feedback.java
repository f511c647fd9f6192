package limber.player;

/** The lines the player says in answer to a control. */
public final class Feedback {
    public static final String PAUSED = "Paused.";
    public static final String RESUMING = "Resuming.";
    public static final String GOODBYE = "Goodbye.";
    /** Said controls are confirmed aloud (a key's effect is its confirmation). */
    public static final String NEXT = "Next step.";
    public static final String PREVIOUS = "Previous step.";
    public static final String REPEAT = "Repeating.";
    /** "stop" said aloud pauses and asks: only a second stop (or q) ends the session. */
    public static final String STOP_AGAIN = "Paused. Say stop again to end the session, or resume to go on.";
    public static final String STOP_AGAIN_IN_MENU = "Say stop again to end the session.";

    /** {@code --ready}: said before each hold, then the player waits for space. */
    public static final String READY = "When you are in position, press space.";
    /** Said once when the wait has been long. */
    public static final String READY_AGAIN = "Take your time. Press space when you are in position.";
    /** The same two with voice control on. */
    public static final String READY_BY_VOICE = "When you are in position, press space or say ready.";
    public static final String READY_AGAIN_BY_VOICE = "Take your time. Press space or say ready when you are in position.";
    /** {@code --check-in}: asked after each hold (each side of a stretch), answered by 1, 2 or 3. */
    public static final String CHECK_IN = "How did that feel? Press 1 for fine, 2 for too much, 3 for too easy.";
    public static final String CHECK_IN_FINE = "Fine. Going on.";
    public static final String CHECK_IN_NO_ANSWER = "No answer. I'll take that as fine.";
    /** Two "too much" in a row. */
    public static final String CHECK_IN_TWICE = "That was too much twice in a row. Press n to skip the next stretch,"
            + " q to end the session, or any other key to go on.";

    /** "Holds are now 25 seconds, to make it easier." */
    public static String easier(int seconds) {
        return "Holds are now " + seconds + " seconds, to make it easier.";
    }

    /** "Holds are now 35 seconds, for a little more stretch." */
    public static String harder(int seconds) {
        return "Holds are now " + seconds + " seconds, for a little more stretch.";
    }

    /** The hold length cannot move that way: "Holds stay at 15 seconds, the routine's shortest." */
    public static String holdsStay(int seconds, boolean shortest) {
        return "Holds stay at " + seconds + " seconds, the routine's " + (shortest ? "shortest." : "longest.");
    }

    /** {@code t} outside a hold. */
    public static final String NOT_IN_A_HOLD = "Not in a hold.";

    private Feedback() {
    }

    /** "12 seconds left." ({@code t} inside a hold). */
    public static String timeLeft(int seconds) {
        return limber.timeline.TimelineCompiler.spokenSeconds(seconds) + " left.";
    }

    /** An unknown key in the hold menu, once: "Press a number from 1 to 3, or q to quit." */
    public static String menuKeys(int options) {
        return "Press " + (options == 1 ? "1" : "a number from 1 to " + options) + ", or q to quit.";
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
