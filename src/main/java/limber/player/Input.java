package limber.player;

/** What the user asked for, by key or by voice. */
public sealed interface Input {
    /** A control of the running session. */
    enum Control implements Input { PAUSE_RESUME, PAUSE, RESUME, NEXT, PREVIOUS, REPEAT, LONGER, SHORTER, QUIT }

    /** A menu answer: option number (1-based), or a length in seconds (then {@code option} is 0). */
    record Answer(int option, int seconds) implements Input {
    }

    /** The input has ended (end of file on the keyboard): no more inputs will come from it. */
    record Closed() implements Input {
    }
}
