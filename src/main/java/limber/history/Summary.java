package limber.history;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code limber history} prints, and its CSV export. For a log of two sessions:
 *
 * <pre>
 * Last 2 sessions, oldest first:
 *   2026-12-02 06:40  Back spasm relief  quit after 4:10  holds: 2 as planned, 1 shorter, 1 skipped, 8 not reached
 *   2026-12-03 06:45  Back spasm relief  finished in 12:03  holds: 12 as planned
 *
 * Holds shortened or skipped, per routine:
 *   Back spasm relief (2 sessions)
 *     Knee to chest stretch, hold 2: shorter 1 time (planned 30 s, done 12 s)
 *     Cat cow, hold 1: skipped 1 time
 * </pre>
 */
public final class Summary {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Summary() {
    }

    /** The last {@code last} sessions and, per routine (over all sessions), the holds shortened or skipped. */
    public static String text(List<Entry> sessions, int last, ZoneId zone) {
        if (sessions.isEmpty()) {
            return "No sessions logged yet.\n";
        }
        StringBuilder sb = new StringBuilder();
        List<Entry> shown = sessions.subList(Math.max(0, sessions.size() - last), sessions.size());
        sb.append(shown.size() == sessions.size() ? "Last " + shown.size() + (shown.size() == 1 ? " session" : " sessions")
                : "Last " + shown.size() + " of " + sessions.size() + " sessions").append(", oldest first:\n");
        for (Entry e : shown) {
            sb.append("  ").append(WHEN.format(e.start().atZone(zone))).append("  ").append(e.routine()).append("  ")
                    .append(how(e)).append(holds(e)).append('\n');
        }
        sb.append("\nHolds shortened or skipped, per routine:\n");
        Map<String, List<Entry>> byRoutine = new LinkedHashMap<>();
        for (Entry e : sessions) {
            byRoutine.computeIfAbsent(e.routine(), r -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<Entry>> r : byRoutine.entrySet()) {
            sb.append("  ").append(r.getKey()).append(" (").append(r.getValue().size())
                    .append(r.getValue().size() == 1 ? " session)\n" : " sessions)\n");
            List<String> lines = cut(r.getValue());
            if (lines.isEmpty()) {
                sb.append("    none\n");
            }
            lines.forEach(l -> sb.append("    ").append(l).append('\n'));
        }
        return sb.toString();
    }

    private static String how(Entry e) {
        String length = e.end() == null ? "" : minutes(Duration.between(e.start(), e.end()));
        return switch (e.ended()) {
            case Entry.FINISHED -> "finished in " + length;
            case Entry.QUIT -> "quit after " + length;
            case Entry.FAILED -> "failed after " + length;
            case Entry.RUNNING -> "did not end (killed, or still playing)";
            default -> e.ended() + (length.isEmpty() ? "" : " after " + length);
        };
    }

    private static String minutes(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s / 60 + (s % 60 < 10 ? ":0" : ":") + s % 60;
    }

    private static String holds(Entry e) {
        if (e.holds().isEmpty()) {
            return "";
        }
        Map<Entry.Status, Integer> count = new EnumMap<>(Entry.Status.class);
        for (int i = 0; i < e.holds().size(); i++) {
            count.merge(e.status(i), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        count.forEach((s, n) -> parts.add(n + " " + s));
        return "  holds: " + String.join(", ", parts);
    }

    /** "Knee to chest stretch, hold 2": a hold named by its stretch and its place in it. */
    private static List<String> names(Entry e) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> nth = new LinkedHashMap<>();
        for (Entry.Hold h : e.holds()) {
            names.add(h.stretch() + ", hold " + nth.merge(h.stretch(), 1, Integer::sum));
        }
        return names;
    }

    private static List<String> cut(List<Entry> sessions) {
        Map<String, int[]> shorter = new LinkedHashMap<>(); // times, planned total, done total
        Map<String, Integer> skipped = new LinkedHashMap<>();
        Map<String, Boolean> order = new LinkedHashMap<>();
        for (Entry e : sessions) {
            List<String> names = names(e);
            for (int i = 0; i < names.size(); i++) {
                Entry.Status s = e.status(i);
                String name = names.get(i);
                if (s == Entry.Status.SHORTER) {
                    int[] t = shorter.computeIfAbsent(name, n -> new int[3]);
                    t[0]++;
                    t[1] += e.holds().get(i).planned();
                    t[2] += (int) Math.round(e.holds().get(i).done());
                    order.put(name, true);
                } else if (s == Entry.Status.SKIPPED) {
                    skipped.merge(name, 1, Integer::sum);
                    order.put(name, true);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String name : order.keySet()) {
            List<String> parts = new ArrayList<>();
            int[] t = shorter.get(name);
            if (t != null) {
                parts.add("shorter " + times(t[0]) + " (planned " + Math.round(t[1] / (double) t[0]) + " s, done "
                        + Math.round(t[2] / (double) t[0]) + " s" + (t[0] > 1 ? " on average)" : ")"));
            }
            Integer k = skipped.get(name);
            if (k != null) {
                parts.add("skipped " + times(k));
            }
            lines.add(name + ": " + String.join(", ", parts));
        }
        return lines;
    }

    private static String times(int n) {
        return n + (n == 1 ? " time" : " times");
    }

    /**
     * Every hold of every session, one row each (a session without holds: one row with the hold
     * columns empty), RFC 4180, times in UTC (ISO 8601), seconds with one decimal.
     */
    public static String csv(List<Entry> sessions) {
        StringBuilder sb = new StringBuilder("session,start,end,routine,script,ended,hold,stretch,planned_s,done_s,status,check_in\r\n");
        for (Entry e : sessions) {
            String head = String.join(",", field(e.id()), field(e.start().toString()),
                    field(e.end() == null ? "" : e.end().toString()), field(e.routine()),
                    field(e.script() == null ? "" : e.script()), field(e.ended()));
            if (e.holds().isEmpty()) {
                sb.append(head).append(",,,,,,\r\n");
            }
            for (int i = 0; i < e.holds().size(); i++) {
                Entry.Hold h = e.holds().get(i);
                sb.append(head).append(',').append(i + 1).append(',').append(field(h.stretch())).append(',')
                        .append(h.planned()).append(',').append(String.format(Locale.ROOT, "%.1f", h.done())).append(',')
                        .append(field(e.status(i).toString())).append(',')
                        .append(field(h.checkIn() == null ? "" : h.checkIn())).append("\r\n");
            }
        }
        return sb.toString();
    }

    /**
     * Writes {@link #csv} to {@code target}, aside and moved into place: the target is either
     * untouched or whole. An existing file is kept unless {@code force}.
     *
     * @throws java.nio.file.FileAlreadyExistsException the target exists and not {@code force}
     */
    public static void writeCsv(java.nio.file.Path target, List<Entry> sessions, boolean force) throws java.io.IOException {
        if (!force && java.nio.file.Files.exists(target)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString());
        }
        java.nio.file.Path dir = target.toAbsolutePath().getParent();
        java.nio.file.Path temp = java.nio.file.Files.createTempFile(dir, ".limber-history-", ".csv.tmp");
        try {
            java.nio.file.Files.writeString(temp, csv(sessions), java.nio.charset.StandardCharsets.UTF_8);
            java.nio.file.Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
    }

    private static String field(String s) {
        // a leading = + - @ would be a formula to a spreadsheet: quoted with a ' before it
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(s)
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
