package limber.history;

import java.util.List;
import java.util.OptionalInt;

/**
 * What the session log says worked last time, for {@code play --adapt}: the hold length the
 * routine's newest session ended with, after the check-ins and the +/- keys changed it.
 *
 * <pre>{@code
 * OptionalInt hold = Learned.hold(history.read().sessions(), "Back spasm relief"); // 25
 * }</pre>
 *
 * <p>A session counts when it got past the hold menu: its record has the hold it ended with
 * ({@link #HOLD_AT_END}) or, written before that key existed, the hold chosen ({@code hold}).
 * Sessions killed outright (still {@link Entry#RUNNING}) and those that ended in the menu say
 * nothing and are passed over for an older one. Routines are told apart by their title.
 */
public final class Learned {
    /** The record's option: the hold length in force when the session ended. */
    public static final String HOLD_AT_END = "holdAtEnd";

    private Learned() {
    }

    /** The hold length {@code routine}'s newest telling session ended with; empty when none did. */
    public static OptionalInt hold(List<Entry> sessions, String routine) {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            Entry e = sessions.get(i);
            if (!e.routine().equals(routine) || Entry.RUNNING.equals(e.ended())) {
                continue;
            }
            OptionalInt hold = seconds(e.options().getOrDefault(HOLD_AT_END, e.options().get("hold")));
            if (hold.isPresent()) {
                return hold;
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt seconds(String value) {
        if (value == null || !value.matches("[0-9]{1,4}")) {
            return OptionalInt.empty(); // absent, or not written by Limber: says nothing
        }
        int s = Integer.parseInt(value);
        return s > 0 ? OptionalInt.of(s) : OptionalInt.empty();
    }
}
