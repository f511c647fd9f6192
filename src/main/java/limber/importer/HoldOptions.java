package limber.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.routine.RoutineLoader;

/**
 * Hold options from sentences before the first heading that tell how long to hold:
 * "If you've never stretched your lower back before, try holding each stretch for 15-30
 * seconds." A sentence counts when it says "hold" (holding, holds) and gives seconds: a range
 * ({@code 15-30 seconds}, {@code 15 to 30 seconds}) or one length ({@code 20 seconds}).
 *
 * <p>The options are every length named, in order. The shortest is labelled
 * {@code "for a first time"} when a sentence for newcomers (never stretched, new to, beginner,
 * first time, ...) has its range start there; the longest is labelled {@code "for active people"}
 * when a sentence for active people (active, athlete, experienced, advanced, a mobility or
 * flexibility routine, ...) has its range end there. Otherwise the shortest is {@code "gentle"}
 * and the longest {@code "longer"}, as in the defaults; every length between, and a single
 * length, is {@code "standard"}.
 */
final class HoldOptions {
    private static final Pattern HOLD = Pattern.compile("(?i)\\bhold(s|ing)?\\b");
    private static final Pattern SECONDS = Pattern.compile(
            "(?i)\\b(\\d{1,4})(?:\\s*(?:-|to)\\s*(\\d{1,4}))?[\\s-]*(?:seconds?|secs?)\\b");
    private static final Pattern FIRST_TIME = Pattern.compile("(?i)\\b(never|new to|beginners?|first time"
            + "|just starting|not used to|haven't stretched)\\b");
    private static final Pattern ACTIVE = Pattern.compile("(?i)\\b(active|athletes?|experienced|advanced"
            + "|regularly|mobility|flexibility)\\b");

    private static final String FIRST_TIME_LABEL = "for a first time";
    private static final String ACTIVE_LABEL = "for active people";

    /** A length or range read from one sentence, with the sentence's audience (or null). */
    record Range(int low, int high, String audience) {
    }

    private HoldOptions() {
    }

    /** The ranges a sentence gives, or an empty list when it is not a hold-length sentence. */
    static List<Range> read(String sentence) {
        List<Range> out = new ArrayList<>();
        if (!HOLD.matcher(sentence).find()) {
            return out;
        }
        String audience = FIRST_TIME.matcher(sentence).find() ? FIRST_TIME_LABEL
                : ACTIVE.matcher(sentence).find() ? ACTIVE_LABEL : null;
        Matcher m = SECONDS.matcher(sentence);
        while (m.find()) {
            int low = Integer.parseInt(m.group(1));
            int high = m.group(2) == null ? low : Integer.parseInt(m.group(2));
            if (low > high) {
                return List.of();
            }
            out.add(new Range(low, high, audience));
        }
        return out;
    }

    /** How a sentence's ranges are written in the report: {@code 15-30 s}. */
    static String describe(List<Range> ranges) {
        List<String> parts = new ArrayList<>();
        for (Range r : ranges) {
            parts.add((r.low() == r.high() ? r.low() + "" : r.low() + "-" + r.high()) + " s");
        }
        return String.join(", ", parts);
    }

    /** The options for all ranges read, or null when they cannot be options (out of range, too many). */
    static List<HoldOption> options(List<Range> ranges) {
        TreeSet<Integer> seconds = new TreeSet<>();
        for (Range r : ranges) {
            seconds.add(r.low());
            seconds.add(r.high());
        }
        if (seconds.isEmpty() || seconds.first() < Routine.MIN_HOLD || seconds.last() > Routine.MAX_HOLD
                || seconds.size() > RoutineLoader.MAX_HOLD_OPTIONS) {
            return null;
        }
        List<HoldOption> out = new ArrayList<>();
        for (int s : seconds) {
            out.add(new HoldOption(s, label(s, seconds, ranges)));
        }
        return out;
    }

    private static String label(int s, TreeSet<Integer> all, List<Range> ranges) {
        if (all.size() > 1 && s == all.first()) {
            return ranges.stream().anyMatch(r -> r.low() == s && FIRST_TIME_LABEL.equals(r.audience()))
                    ? FIRST_TIME_LABEL : "gentle";
        }
        if (all.size() > 1 && s == all.last()) {
            return ranges.stream().anyMatch(r -> r.high() == s && ACTIVE_LABEL.equals(r.audience()))
                    ? ACTIVE_LABEL : "longer";
        }
        return "standard";
    }
}
