package limber.routine;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import limber.routine.LocatedTree.Arr;
import limber.routine.LocatedTree.Node;
import limber.routine.LocatedTree.Obj;
import limber.routine.LocatedTree.Scalar;

/**
 * How Limber words what the user gave it: the one "did you mean", values quoted safely on one
 * line, and library messages cut down to one line.
 *
 * <pre>{@code
 * Messages.suggest("hodl", List.of("say", "hold", "rest"))   // "hold"
 * Messages.suggest("exprot", List.of("play", "export"))      // "export"
 * Messages.quote("two\nlines")                               // "\"two\\nlines\""
 * }</pre>
 */
public final class Messages {
    /** Longest quoted value in a message, in characters. */
    private static final int QUOTE_LIMIT = 40;

    private Messages() {
    }

    /**
     * The allowed name closest to {@code name}: the same but for case, or at most 2 edits away
     * (fewer than {@code name} has letters), or null when none is that close.
     */
    public static String suggest(String name, List<String> allowed) {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(name)) {
                return a;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = distance(name.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
            // "d < length" keeps a one- or two-letter key from being "corrected" into anything.
            if (d <= 2 && d < name.length() && d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Edit distance where swapping two neighbours counts as one edit ("hodl" -> "hold"). */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** What a value is, for "got ..." in a message: {@code string "x"}, {@code number 3}, {@code array}. */
    static String describe(Node v) {
        if (v instanceof Obj) {
            return "object";
        }
        if (v instanceof Arr) {
            return "array";
        }
        Scalar s = (Scalar) v;
        return switch (s.token()) {
            case VALUE_STRING -> "string " + quote(s.text());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number " + shorten(s.text());
            case VALUE_TRUE -> "boolean true";
            case VALUE_FALSE -> "boolean false";
            default -> "null";
        };
    }

    /** {@code "text"}, escaped to one line and cut to about 40 characters. */
    public static String quote(String s) {
        return "\"" + shorten(s).replace("\"", "\\\"") + "\"";
    }

    /**
     * One line, no control characters, about 40 characters: a character counts as one, a line
     * break or tab too ({@code \n}), but a control written as {@code \u007f} as the six it
     * prints, so a text of controls is cut as short as any other.
     */
    static String shorten(String s) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < s.length(); ) {
            if (shown >= QUOTE_LIMIT) {
                return b.append("...").toString();
            }
            int next = s.offsetByCodePoints(i, 1);
            String piece = printable(s.substring(i, next));
            b.append(piece);
            shown += piece.startsWith("\\u") ? piece.length() : 1;
            i = next;
        }
        return b.toString();
    }

    /** {@code s} with line breaks, tabs, backslashes and other controls written as escapes. */
    static String printable(String s) {
        return escaped(s, true);
    }

    private static String escaped(String s, boolean backslashes) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\\' -> b.append(backslashes ? "\\\\" : "\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Jackson's "(for Object starting at [Source: ...; line: 2, column: 1])" shortened. */
    private static final Pattern SOURCE_AT = Pattern.compile(
            " at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);
    /** Advice meant for programmers, e.g. "enable `JsonReadFeature.ALLOW_...`". */
    private static final Pattern FEATURE_ADVICE = Pattern.compile("[:;,]? *(enable|disable) `.*$");

    /**
     * A parser's message as one line of at most about 200 characters, without the source
     * excerpt or programmer advice. Backslashes are kept as they are: the parsers write escapes
     * of their own ({@code (\r, \n, \t)}), and doubling them would print {@code \\t}.
     */
    static String oneLine(String message) {
        String first = SOURCE_AT.matcher(message).replaceAll(" at $1:$2").strip()
                .lines().findFirst().orElse("");
        int at = first.indexOf(" at [Source:");
        if (at >= 0) {
            first = first.substring(0, at);
        }
        first = escaped(FEATURE_ADVICE.matcher(first).replaceFirst(""), false);
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }
}
