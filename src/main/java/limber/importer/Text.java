package limber.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Line and sentence handling shared by the rules. */
final class Text {
    /** Longest quoted line in a report note, in characters. */
    private static final int QUOTE_LIMIT = 50;
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    /** A sentence ends at . ! or ? (perhaps followed by a closing quote or bracket) before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"')\\]]?)\\s+");

    private Text() {
    }

    /**
     * Typography made plain for the narrator: curly quotes and apostrophes become straight ones,
     * en and em dashes a hyphen, the ellipsis three dots, unusual spaces a space; zero-width
     * characters go, runs of spaces and tabs become one space, and the ends are trimmed.
     * Nothing else changes: words are kept as written.
     */
    static String plain(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> b.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> b.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> b.append('-');
                case '\u2026' -> b.append("...");
                case '\u00A0', '\u2002', '\u2003', '\u2007', '\u2009', '\u200A', '\u202F' -> b.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                    // zero-width: nothing to say
                }
                default -> b.append(c);
            }
        }
        return SPACES.matcher(b).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern MD_HEADING = java.util.regex.Pattern.compile("^#{1,6}\\s+");
    private static final java.util.regex.Pattern MD_EMPHASIS = java.util.regex.Pattern.compile("(\\*\\*|__)(.+?)\\1|(?<![\\w*])\\*(?!\\s)([^*]+?)(?<!\\s)\\*(?![\\w*])|`([^`]+)`");
    private static final java.util.regex.Pattern MD_LINK = java.util.regex.Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    /** The rank of a Markdown heading ({@code ## 1. Cat-cow} is 2), or 0 for any other line. */
    static int markdownLevel(String line) {
        java.util.regex.Matcher m = MD_HEADING.matcher(line.stripLeading());
        return m.lookingAt() ? m.group().strip().length() : 0;
    }

    /**
     * Markdown made plain: a heading's {@code #} marks go ({@code ## 1. Cat-cow} is the heading
     * {@code 1. Cat-cow}), emphasis and code marks go ({@code **Hold** for 30 seconds}), a link is
     * its text, an image its alt text. A bullet's own {@code * } is kept. Plain text passes unchanged.
     */
    static String markdown(String line) {
        String s = MD_HEADING.matcher(line).replaceFirst("");
        String bullet = "";
        if (s.startsWith("* ") || s.startsWith("- ") || s.startsWith("+ ")) {
            bullet = s.startsWith("+ ") ? "- " : s.substring(0, 2);
            s = s.substring(2);
        }
        s = MD_LINK.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        s = MD_EMPHASIS.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4)));
        return bullet + s;
    }

    private static final java.util.regex.Pattern MENU_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(home|menu|search|sign in|log ?in|sign up|subscribe|skip to (main )?content|my account|cart|newsletter)\\b");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("\\s[|\u00b7\u2022>/\u203a\u00bb]\\s");

    /**
     * Whether a line before the title is a site's menu copied with the page: items split by
     * {@code |}, {@code ·}, {@code •}, {@code >}, {@code /}, {@code ›} or {@code »} ("Home | Health |
     * Fitness"), or a line of menu words ("Skip to content", "Sign in", "Home Health Fitness": a
     * menu word and at most three others, no sentence punctuation, no colon).
     */
    static boolean looksLikeNavigation(String line) {
        if (SEPARATORS.matcher(line).results().count() >= 2) {
            return true;
        }
        if (line.matches(".*[.!?:].*") || !MENU_WORDS.matcher(line).find()) {
            return false;
        }
        // mostly menu words: "Sign in", "Skip to content", "Home Health Fitness"
        String rest = MENU_WORDS.matcher(line).replaceAll(" ").strip();
        return rest.isEmpty() || rest.split("\\s+").length <= 3 && line.split("\\s+").length <= 6;
    }

    /** True when the line holds a control character the script format refuses. */
    static boolean hasControl(String line) {
        return line.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t');
    }

    /** The sentences of one line, each trimmed; their join with single spaces is the line. */
    static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(line)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /**
     * The text as a spoken sentence: a final period is added when it ends without one (or a
     * {@code !} or {@code ?}, perhaps inside a closing quote or bracket); a trailing comma, colon
     * or semicolon becomes the period.
     */
    static String sentence(String text) {
        String t = text.strip();
        if (t.matches("(?s).*[.!?][\"')\\]]?")) {
            return t;
        }
        if (t.endsWith(",") || t.endsWith(":") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t + ".";
    }

    /** {@code "text"} cut to about 50 characters, for report notes. */
    static String quote(String text) {
        boolean cut = text.codePointCount(0, text.length()) > QUOTE_LIMIT;
        String head = cut ? text.substring(0, text.offsetByCodePoints(0, QUOTE_LIMIT)).stripTrailing() + "..." : text;
        return "\"" + head + "\"";
    }
}
