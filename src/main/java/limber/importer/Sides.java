package limber.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The side label of a hold, from the spoken steps that lead to it (those since the stretch began
 * or since its previous hold).
 *
 * <p>A mention of a side is "left" or "right" followed by a body part ("your left knee", "the
 * right side of the room") or right after "your" ("over your right,"); "to the left" or "a right
 * angle" are not mentions. The side named more often wins; a tie, or no mention, gives no label.
 * The label then names a body part from the last of those steps that mentions the winning side:
 * its first mention of that side with a part that is stretched or placed (shoulder, thigh, leg,
 * side, ...) gives {@code "right shoulder"}; a part that only grips or points (knee, foot, hand,
 * ...) gives {@code "right side"}.
 *
 * <pre>{@code
 * "Reach your right arm underneath you, towards the left side of the room."
 * "Drop your right shoulder to the mat."                       -> "right shoulder"
 * "Place both hands around your left knee and gently pull it." -> "left side"
 * }</pre>
 */
final class Sides {
    private static final Set<String> REGIONS = Set.of("side", "shoulder", "arm", "forearm", "hip", "thigh", "leg",
            "glute", "buttock", "hamstring", "quad", "calf", "back", "neck", "chest", "oblique", "torso", "lat");
    private static final Set<String> EXTREMITIES = Set.of("knee", "foot", "feet", "ankle", "hand", "heel", "toe",
            "toes", "wrist", "elbow", "ear", "cheek", "shin", "palm", "finger", "fingers");
    private static final Pattern MENTION = Pattern.compile("(?i)\\b(your\\s+)?(left|right)\\b(?:[\\s-]+([a-z]+))?");

    private Sides() {
    }

    /** A side mention: {@code left} or {@code right}, and the body part named with it, or null. */
    private record Mention(String side, String part) {
    }

    /** The same label for the other side: "left hip" -> "right hip"; a label naming no side, "other side". */
    static String other(String label) {
        if (label.startsWith("left")) {
            return "right" + label.substring(4);
        }
        if (label.startsWith("right")) {
            return "left" + label.substring(5);
        }
        return "other side";
    }

    static String label(List<String> steps) {
        int left = 0;
        int right = 0;
        for (String step : steps) {
            for (Mention m : mentions(step)) {
                if (m.side().equals("left")) {
                    left++;
                } else {
                    right++;
                }
            }
        }
        if (left == right) {
            return null;
        }
        String side = left > right ? "left" : "right";
        for (int i = steps.size() - 1; i >= 0; i--) {
            List<Mention> ms = mentions(steps.get(i)).stream().filter(m -> m.side().equals(side)).toList();
            if (ms.isEmpty()) {
                continue;
            }
            for (Mention m : ms) {
                if (m.part() != null && REGIONS.contains(m.part())) {
                    return side + " " + m.part();
                }
            }
            return side + " side";
        }
        throw new AssertionError("a counted side was not found again");
    }

    private static List<Mention> mentions(String step) {
        Matcher m = MENTION.matcher(step);
        List<Mention> out = new java.util.ArrayList<>();
        while (m.find()) {
            String part = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
            boolean isPart = part != null && (REGIONS.contains(part) || EXTREMITIES.contains(part));
            if (isPart || m.group(1) != null) {
                out.add(new Mention(m.group(2).toLowerCase(Locale.ROOT), isPart ? part : null));
            }
        }
        return out;
    }
}
