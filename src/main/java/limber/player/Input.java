package limber.player;

/** What the user asked for, by key or by voice. */
public sealed interface Input {
    /** A control of the running session. */
    enum Control implements Input { PAUSE_RESUME, PAUSE, RESUME, NEXT, PREVIOUS, REPEAT, LONGER, SHORTER, TIME_LEFT, READY, QUIT }

    /**
     * A control said aloud (voice control). The player confirms it aloud, and "stop" only
     * pauses and asks: a misheard word must never end the session.
     */
    record Said(Control control) implements Input {
    }

    /** The control {@code in} asks for, said or keyed; null for anything else. */
    static Control control(Input in) {
        return in instanceof Said s ? s.control() : in instanceof Control c ? c : null;
    }

    /** A menu answer: option number (1-based), or a length in seconds (then {@code option} is 0). */
    record Answer(int option, int seconds) implements Input {
    }

    /**
     * A check-in's answer said aloud ("fine", "too much", "too easy"); the keys 1, 2 and 3 give
     * the same as {@link Answer}s. Anywhere but a check-in it means nothing.
     */
    enum Feeling implements Input { FINE, TOO_MUCH, TOO_EASY }

    /** A key that means nothing here (a letter with no control, a function key, Home, Escape). */
    record Unknown() implements Input {
    }

    /** The session came back from a suspension (Ctrl-Z, then fg): the player says it is paused. */
    record Continued() implements Input {
    }

    /** The input has ended (end of file on the keyboard): no more inputs will come from it. */
    record Closed() implements Input {
    }
}
