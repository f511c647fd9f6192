package limber.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import limber.routine.Routine;

/**
 * Which bullet steps are holds. The whole step must be the instruction to hold: "Hold", perhaps
 * "the stretch" (position, pose; or "it"), perhaps a length ("for" may come before it), and
 * nothing else.
 * <ul>
 * <li>no length, "the desired amount of time", "as long as is comfortable", or a range
 *     ("15-30 seconds"): the length the user chooses, {@code {"hold": true}};</li>
 * <li>"20 seconds", "1 minute": that fixed length, {@code {"hold": 20}};</li>
 * <li>"5 breaths", "5 deep breaths": a hold in breaths, {@code {"hold": true, "breaths": 5}} (read
 *     here as its length at the default breath, so that it is bounded like any hold).</li>
 * </ul>
 * "Hold onto the chair" is not a hold; nor is "Hold for 20 seconds, then sit up", which is
 * spoken as written (and noted in the report, see {@link #looksLikeHold}); "Hold for 20 seconds,
 * then switch sides" is a hold on each side ({@link #perSide}).
 */
final class Holds {
    /** Not a hold. */
    static final int NONE = -1;
    /** The chosen length ({@code "hold": true}). */
    static final int CHOSEN = 0;

    private static final Pattern HOLD = Pattern.compile("(?i)hold(?:\\s+(?:(?:the|this|that|your|each)\\s+"
            + "(?:stretch|position|pose|posture)|it))?(?:\\s+(?:for\\s+)?(.+?))?\\s*[.!]?");
    private static final Pattern CHOSEN_LENGTH = Pattern.compile("(?i)the desired(?: amount of| length of)? time"
            + "|the desired length|as long as (?:is |feels |it feels )?comfortable|as long as you (?:like|can|want)"
            + "|\\d{1,4}\\s*(?:-|to)\\s*\\d{1,4}\\s*(?:seconds?|secs?|minutes?)");
    private static final Pattern FIXED = Pattern.compile("(?i)(\\d{1,4}|a|one)\\s*(seconds?|secs?|minutes?|(?:slow |deep )?breaths?)");
    private static final Pattern LOOKS_LIKE = Pattern.compile("(?i)hold\\b(?!\\s+on(to)?\\b).*\\b(seconds?|secs?|minutes?|breaths?)\\b.*");

    /** The parts a side is said by: "each side", "each leg", "per arm". */
    private static final String PARTS = "(?:sides?|legs?|arms?|hips?|knees?|feet|foot|hands?|shoulders?)";
    /**
     * At the end of a hold, that it is timed on each side: "on each side", "per side", "on both
     * sides", "for either leg", ", then switch sides", ", then repeat on the other side".
     */
    private static final Pattern PER_SIDE = Pattern.compile("(?i),?\\s+(?:(?:on|for|with)\\s+)?(?:each|every|either|both)\\s+"
            + PARTS + "|,?\\s+per\\s+" + PARTS
            + "|,?\\s+(?:and\\s+)?(?:then\\s+)?(?:switch|change|swap)\\s+(?:sides|legs|arms)"
            + "|,?\\s+(?:and\\s+)?(?:then\\s+)?repeat\\s+(?:(?:on|with|for)\\s+)?the\\s+(?:other|opposite)\\s+" + PARTS);
    /** A step's "Then", "Now", "And" before what it says. */
    private static final String THEN = "(?:(?:then|now|and|next)\\s*,?\\s+)?";
    /**
     * "Repeat on the other side.", "Then switch sides and repeat.", "Switch sides.", "Change legs.",
     * "Repeat with the opposite leg.", "Do the other side."
     */
    private static final Pattern OTHER_SIDE = Pattern.compile("(?i)" + THEN + "(?:(?:repeat|do the same|do the other side|now do|do it)"
            + "\\b.*\\b(?:other|opposite)\\s+" + PARTS + "\\b.*|do the other side\\b.*"
            + "|(?:switch|change|swap)(?:ing)?\\s+(?:sides|legs|arms)(?:\\s+and\\s+repeat\\b.*|\\s*[.!]?))");
    /** "Repeat on the right side.", "Then repeat with your left leg.": the side named. */
    private static final Pattern REPEAT_ON = Pattern.compile("(?i)" + THEN + "repeat\\b.*?\\b(?:on|with|for)\\s+(?:the|your)\\s+"
            + "(left|right)\\s+" + PARTS + "\\b.*");

    private Holds() {
    }

    /** The number of breaths a hold step gives ("Hold for 5 breaths."), or 0 when it gives none. */
    static int breaths(String step) {
        Matcher m = Pattern.compile("(?i)\\b(\\d{1,4}|a|one)\\s*(?:slow |deep )?breaths?\\b").matcher(step);
        return read(step) > 0 && m.find() ? (m.group(1).matches("\\d+") ? Integer.parseInt(m.group(1)) : 1) : 0;
    }

    /** Whether {@code step} is a hold "on each side" (a length, or none, then such words). */
    static boolean perSide(String step) {
        Matcher m = PER_SIDE.matcher(step.strip().replaceAll("[.!]$", ""));
        return m.find() && m.end() == step.strip().replaceAll("[.!]$", "").length() && read(step) != NONE;
    }

    /** Whether {@code step} says to do the last hold again on the other side. */
    static boolean otherSide(String step) {
        return OTHER_SIDE.matcher(step.strip()).matches();
    }

    /** "left" or "right" when {@code step} says to repeat on that side ("Repeat on the right side."), else null. */
    static String repeatOn(String step) {
        Matcher m = REPEAT_ON.matcher(step.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** {@link #NONE}, {@link #CHOSEN}, or a fixed length in seconds (1..600); "on each side" is read past. */
    static int read(String step) {
        String s = step.strip().replaceAll("[.!]$", "");
        Matcher side = PER_SIDE.matcher(s);
        if (side.find() && side.end() == s.length()) {
            s = s.substring(0, side.start());
        }
        Matcher m = HOLD.matcher(s);
        if (!m.matches()) {
            return NONE;
        }
        String length = m.group(1);
        if (length == null || CHOSEN_LENGTH.matcher(length).matches()) {
            return CHOSEN;
        }
        Matcher f = FIXED.matcher(length);
        if (!f.matches()) {
            return NONE;
        }
        String n = f.group(1).toLowerCase(Locale.ROOT);
        long seconds = n.equals("a") || n.equals("one") ? 1 : Long.parseLong(n);
        if (f.group(2).toLowerCase(Locale.ROOT).startsWith("min")) {
            seconds *= 60;
        } else if (f.group(2).toLowerCase(Locale.ROOT).contains("breath")) {
            // a hold in breaths, at the routine's default breath: at most 120 of them fit in a hold
            return seconds >= 1 && seconds * Routine.DEFAULT_BREATH <= Routine.MAX_HOLD
                    ? (int) Math.round(seconds * Routine.DEFAULT_BREATH) : NONE;
        }
        return seconds >= Routine.MIN_HOLD && seconds <= Routine.MAX_HOLD ? (int) seconds : NONE;
    }

    /** A step that starts with "Hold" (not "Hold on") and talks of a length, but is not read as a hold. */
    static boolean looksLikeHold(String step) {
        return LOOKS_LIKE.matcher(step.strip()).matches();
    }
}
