package limber.routine;

/** One step of a stretch: something said, a hold, or a rest. */
public sealed interface Step {

    /** Spoken text, followed by {@code pauseSeconds} of extra silence (0 when not given). */
    record Say(String text, double pauseSeconds) implements Step {
    }

    /**
     * A hold. {@code seconds == null} means the length the user chose ({@code "hold": true});
     * a number is a fixed length that no option changes. {@code label} names the side, or is null.
     */
    record Hold(Integer seconds, String label) implements Step {
    }

    /** A rest of fixed length, in seconds. */
    record Rest(int seconds) implements Step {
    }
}
