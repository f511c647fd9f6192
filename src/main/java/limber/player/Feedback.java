package limber.player;

import limber.words.Catalogue;

/**
 * The lines the player says in answer to a control, in the routine's language (from its
 * {@link Catalogue}). The constants are the English lines, which the tests of English sessions
 * compare with.
 */
public final class Feedback {
    public static final Feedback ENGLISH = new Feedback(Catalogue.ENGLISH);

    public static final String PAUSED = ENGLISH.paused();
    public static final String RESUMING = ENGLISH.resuming();
    public static final String GOODBYE = ENGLISH.goodbye();
    /** Said controls are confirmed aloud (a key's effect is its confirmation). */
    public static final String NEXT = ENGLISH.next();
    public static final String PREVIOUS = ENGLISH.previous();
    public static final String REPEAT = ENGLISH.repeat();
    /** "stop" said aloud pauses and asks: only a second stop (or q) ends the session. */
    public static final String STOP_AGAIN = ENGLISH.stopAgain();
    public static final String STOP_AGAIN_IN_MENU = ENGLISH.stopAgainInMenu();

    /** {@code --ready}: said before each hold, then the player waits for space. */
    public static final String READY = ENGLISH.ready();
    /** Said once when the wait has been long. */
    public static final String READY_AGAIN = ENGLISH.readyAgain();
    /** The same two with voice control on. */
    public static final String READY_BY_VOICE = ENGLISH.readyByVoice();
    public static final String READY_AGAIN_BY_VOICE = ENGLISH.readyAgainByVoice();
    /** {@code --check-in}: asked after each hold (each side of a stretch), answered by 1, 2 or 3. */
    public static final String CHECK_IN = ENGLISH.checkIn();
    public static final String CHECK_IN_FINE = ENGLISH.checkInFine();
    public static final String CHECK_IN_NO_ANSWER = ENGLISH.checkInNoAnswer();
    /** Two "too much" in a row. */
    public static final String CHECK_IN_TWICE = ENGLISH.checkInTwice();
    /** The same two with voice control on. */
    public static final String CHECK_IN_BY_VOICE = ENGLISH.checkInByVoice();
    public static final String CHECK_IN_TWICE_BY_VOICE = ENGLISH.checkInTwiceByVoice();
    /** {@code t} outside a hold. */
    public static final String NOT_IN_A_HOLD = ENGLISH.notInAHold();

    private final Catalogue words;

    private Feedback(Catalogue words) {
        this.words = words;
    }

    /** The answers in {@code words}' language. */
    public static Feedback of(Catalogue words) {
        return words.english() ? ENGLISH : new Feedback(words);
    }

    public String paused() {
        return words.answer("paused");
    }

    public String resuming() {
        return words.answer("resuming");
    }

    public String goodbye() {
        return words.answer("goodbye");
    }

    public String next() {
        return words.answer("next");
    }

    public String previous() {
        return words.answer("previous");
    }

    public String repeat() {
        return words.answer("repeat");
    }

    public String stopAgain() {
        return words.answer("stop.again");
    }

    public String stopAgainInMenu() {
        return words.answer("stop.againInMenu");
    }

    public String ready() {
        return words.answer("ready");
    }

    public String readyAgain() {
        return words.answer("ready.again");
    }

    public String notInAHold() {
        return words.answer("notInAHold");
    }

    public String readyByVoice() {
        return words.answer("ready.voice");
    }

    public String readyAgainByVoice() {
        return words.answer("ready.againVoice");
    }

    public String checkIn() {
        return words.answer("checkIn");
    }

    public String checkInFine() {
        return words.answer("checkIn.fine");
    }

    public String checkInNoAnswer() {
        return words.answer("checkIn.noAnswer");
    }

    public String checkInTwice() {
        return words.answer("checkIn.twice");
    }

    /** {@code play --adapt}: "Holds are 25 seconds, where you left off last time." */
    public String adaptFrom(int seconds) {
        return words.format("adapt.from", "seconds", seconds);
    }

    /** {@code play --adapt} with nothing in the log for the routine: the menu follows. */
    public String adaptNone() {
        return words.answer("adapt.none");
    }

    public String checkInByVoice() {
        return words.answer("checkIn.voice");
    }

    public String checkInTwiceByVoice() {
        return words.answer("checkIn.twiceVoice");
    }

    /** "Holds are now 25 seconds, to make it easier." */
    public String easier(int seconds) {
        return words.format("holds.easier", "seconds", seconds);
    }

    /** "Holds are now 35 seconds, for a little more stretch." */
    public String harder(int seconds) {
        return words.format("holds.harder", "seconds", seconds);
    }

    /** The hold length cannot move that way: "Holds stay at 15 seconds, the routine's shortest." */
    public String holdsStay(int seconds, boolean shortest) {
        return words.format(shortest ? "holds.stay.shortest" : "holds.stay.longest", "seconds", seconds);
    }

    /** "12 seconds left." ({@code t} inside a hold). */
    public String left(int seconds) {
        return words.timeLeft(seconds);
    }

    /** An unknown key in the hold menu, once: "Press a number from 1 to 3, or q to quit." */
    public String keys(int options) {
        return words.menuKeys(options);
    }

    /** "Holds are now 35 seconds." */
    public String now(int seconds) {
        return words.holdsNow(seconds);
    }

    /** "Holds are already 600 seconds, the longest." */
    public String atBound(int seconds) {
        return words.holdsAtBound(seconds, seconds <= Player.MIN_HOLD);
    }

    /** In English: "12 seconds left." ({@code t} inside a hold). */
    public static String timeLeft(int seconds) {
        return ENGLISH.left(seconds);
    }

    /** In English: an unknown key in the hold menu, once: "Press a number from 1 to 3, or q to quit." */
    public static String menuKeys(int options) {
        return ENGLISH.keys(options);
    }

    /** In English: "Holds are now 35 seconds." */
    public static String holdsNow(int seconds) {
        return ENGLISH.now(seconds);
    }

    /** In English: "Holds are already 600 seconds, the longest." */
    public static String holdsAtBound(int seconds) {
        return ENGLISH.atBound(seconds);
    }
}
