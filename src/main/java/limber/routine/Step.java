package limber.routine;

/** One step of a stretch: something said, a hold, or a rest. */
public sealed interface Step {

    /** Spoken text, followed by {@code pauseSeconds} of extra silence (0 when not given). */
    record Say(String text, double pauseSeconds) implements Step {
    }

    /**
     * A hold. {@code seconds == null} means the length the user chose ({@code "hold": true});
     * a number is a fixed length that no option changes. {@code breaths}, when not null, makes it
     * a hold of that many breaths ({@code {"hold": true, "breaths": 5}}): a fixed length too,
     * {@code breaths} times the routine's {@link Routine#breath()}, with {@code seconds} null.
     * {@code label} names the side, or is null.
     */
    record Hold(Integer seconds, String label, Integer breaths) implements Step {
        public Hold {
            if (seconds != null && breaths != null) {
                throw new IllegalArgumentException("a hold is seconds or breaths, not both: " + seconds + " s, "
                        + breaths + " breaths");
            }
            if (breaths != null && breaths < 1) {
                throw new IllegalArgumentException("breaths must be 1 or more, got " + breaths);
            }
        }

        /** A hold of the chosen length ({@code seconds == null}) or of fixed {@code seconds}. */
        public Hold(Integer seconds, String label) {
            this(seconds, label, null);
        }

        /** {@code {"hold": true, "breaths": n}}. */
        public static Hold inBreaths(int breaths, String label) {
            return new Hold(null, label, breaths);
        }

        /** Whether it takes the length the user chose: {@code "hold": true} without breaths. */
        public boolean chosen() {
            return seconds == null && breaths == null;
        }

        /** The same hold for another side. */
        public Hold withLabel(String other) {
            return new Hold(seconds, other, breaths);
        }
    }

    /** A rest of fixed length, in seconds. */
    record Rest(int seconds) implements Step {
    }
}
