package limber.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code play}: when it began (and ended, null while it runs or when it never said), the
 * routine, the user's options, each hold as planned and as done, and how it ended. Immutable.
 *
 * <p>A session is written twice with the same {@code id}: when it begins ({@link #RUNNING}, no
 * holds yet) and when it ends; the reader keeps the last. A session killed outright (SIGKILL, a
 * power cut) keeps its first record, shown as not ended.
 */
public record Entry(String id, Instant start, Instant end, String routine, String script, Map<String, String> options,
                    String ended, List<Hold> holds) {
    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";
    public static final String QUIT = "quit";
    public static final String FAILED = "failed";

    /**
     * One hold: its stretch, its length as planned when the session began, the seconds played,
     * and the check-in's answer after it ("fine", "too much", "too easy", "no answer"; null
     * without one).
     */
    public record Hold(String stretch, int planned, double done, String checkIn) {
        public Hold {
            Objects.requireNonNull(stretch, "stretch");
        }

        public Hold(String stretch, int planned, double done) {
            this(stretch, planned, done, null);
        }
    }

    /** What became of a hold, for the summary and the CSV. */
    public enum Status {
        AS_PLANNED("as planned"), LONGER("longer"), SHORTER("shorter"), SKIPPED("skipped"),
        STOPPED("stopped"), NOT_REACHED("not reached");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /** Half a second either way is the same length: a hold is played in chunks of 64 ms. */
    private static final double SAME = 0.5;

    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(ended, "ended");
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options)); // in the order given
        holds = List.copyOf(holds);
    }

    /**
     * The session as it ended: {@code how} ({@link #FINISHED}, {@link #QUIT}, {@link #FAILED}),
     * its holds, and the options known only once it ran ({@code more}: the hold length chosen).
     */
    public Entry ended(Instant at, String how, Map<String, String> more, List<Hold> done) {
        Map<String, String> all = new LinkedHashMap<>(options);
        all.putAll(more);
        return new Entry(id, start, at, routine, script, all, how, done);
    }

    /**
     * Hold {@code i}: as planned (within half a second), longer, shorter, skipped (nothing of it
     * played, but the session went past it), stopped (the session ended while in it), or not
     * reached.
     */
    public Status status(int i) {
        Hold h = holds.get(i);
        boolean later = ended.equals(FINISHED);
        for (int j = i + 1; j < holds.size() && !later; j++) {
            later = holds.get(j).done() > 0;
        }
        if (h.done() >= h.planned() - SAME) {
            return h.done() > h.planned() + SAME ? Status.LONGER : Status.AS_PLANNED;
        }
        if (h.done() > 0) {
            return later ? Status.SHORTER : Status.STOPPED;
        }
        return later ? Status.SKIPPED : Status.NOT_REACHED;
    }
}
