package limber.words;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author's text as a voice should read it: in an English routine, shorthand written out the
 * way a person reading the routine aloud would say it; in any other, only markup left out.
 *
 * <pre>{@code
 * SpeechText.spoken("Hold 30s, 2x, L/R.")          // "Hold 30 seconds, twice, left and right."
 * SpeechText.spoken("Turn 90° (e.g. to the wall)") // "Turn 90 degrees (for example to the wall)"
 * SpeechText.spoken("Hold for 15–30 seconds.")     // "Hold for 15 to 30 seconds."
 * SpeechText.spoken("<speak>Breathe.</speak>")     // "Breathe."
 * }</pre>
 *
 * <p>Only what is unambiguous in a stretching routine is changed: a number before {@code s},
 * {@code sec}, {@code min} or {@code x}; a range of two numbers; a degree sign after a number;
 * {@code L/R}; the common Latin abbreviations; markup tags (SSML or HTML), which no engine is
 * asked to interpret. Everything else is left as written. Thread-safe, pure.
 */
public final class SpeechText {
    private record Rule(Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
    }

    private static final List<Rule> RULES = List.of(
            // markup: the words inside are read, the tags are not ("speak ... slash speak")
            rule("</?[A-Za-z][A-Za-z0-9:-]*(\\s[^<>]*)?/?>", m -> " "),
            // a range: "15-30", "15 – 30" -> "15 to 30" (a minus sign is not written between two numbers)
            rule("(?<![\\d.,])(\\d+)\\s*[-\u2010\u2011\u2012\u2013\u2014]\\s*(\\d+)(?![\\d.,]*\\d)", m -> m.group(1) + " to " + m.group(2)),
            // units after a number: 30s, 30 sec, 30 secs, 2 min, 2 mins
            rule("(?<![\\w.])(\\d+)\\s?(s|sec|secs)\\b(?!')", m -> m.group(1) + (m.group(1).equals("1") ? " second" : " seconds")),
            rule("(?<![\\w.])(\\d+)\\s?(min|mins)\\b", m -> m.group(1) + (m.group(1).equals("1") ? " minute" : " minutes")),
            // multipliers: 1x once, 2x twice, 3x three times
            rule("(?<![\\w.])(\\d+)\\s?[x\u00d7](?![\\w])", m -> times(m.group(1))),
            // degrees: 90° -> 90 degrees
            rule("(\\d+)\\s?\u00b0", m -> m.group(1) + (m.group(1).equals("1") ? " degree" : " degrees")),
            // sides: L/R, R/L, left/right
            rule("\\bL\\s?/\\s?R\\b", m -> "left and right"),
            rule("\\bR\\s?/\\s?L\\b", m -> "right and left"),
            rule("\\b(left|right)\\s?/\\s?(left|right)\\b", m -> m.group(1) + " and " + m.group(2)),
            rule("(?i)\\be\\.\\s?g\\.", m -> "for example"),
            rule("(?i)\\bi\\.\\s?e\\.", m -> "that is"),
            rule("(?i)\\betc\\.", m -> "and so on."),
            rule("(?i)\\bapprox\\.", m -> "about"),
            rule("(?i)\\bvs\\.", m -> "versus"),
            rule("\\s{2,}", m -> " "),
            rule("\\s+([.,;:!?])", m -> m.group(1)));
    /**
     * What holds in every language: markup is not read, spaces are tidied. The English shorthand
     * ("30s" as "30 seconds") would be English words in a German routine: its author's text is
     * said as written.
     */
    private static final List<Rule> ANY_LANGUAGE = List.of(RULES.get(0), RULES.get(RULES.size() - 2),
            RULES.get(RULES.size() - 1));

    private SpeechText() {
    }

    private static Rule rule(String regex, java.util.function.Function<Matcher, String> replacement) {
        return new Rule(Pattern.compile(regex), replacement);
    }

    /** What a voice should read for {@code text}; the same text when nothing needs saying otherwise. */
    public static String spoken(String text) {
        return spoken(text, "en");
    }

    /** As {@link #spoken(String)} for a routine in {@code language} (a BCP 47 tag). */
    public static String spoken(String text, String language) {
        String s = rewritten(text, language);
        return s.isEmpty() ? text : s; // a voice given nothing fails; what is there is said as written
    }

    private static boolean english(String language) {
        return language.equals("en") || language.startsWith("en-");
    }

    private static String rewritten(String text, String language) {
        String s = text;
        for (Rule r : english(language) ? RULES : ANY_LANGUAGE) {
            Matcher m = r.pattern().matcher(s);
            if (m.find()) {
                StringBuilder sb = new StringBuilder();
                do {
                    m.appendReplacement(sb, Matcher.quoteReplacement(r.replacement().apply(m)));
                } while (m.find());
                m.appendTail(sb);
                s = sb.toString();
            }
        }
        return english(language) ? s.strip().replace("and so on..", "and so on.") : s.strip();
    }

    /** Characters a voice reads as their names ("asterisk", "slash") or skips. */
    private static final String ODD = "#*_~^|\\{}[]@/<>";

    /**
     * What a voice would make of {@code text} that its author would not want, in a few words
     * ("has nothing a voice can say"), or null when it reads well. Looks at the text as it will be
     * {@linkplain #spoken spoken}: shorthand that is written out is no problem.
     */
    public static String problem(String text) {
        return problem(text, "en");
    }

    /**
     * As {@link #problem(String)} for a routine in {@code language}: letters of another script
     * than the language's (Cyrillic for Russian and Ukrainian, Latin for the others) are named.
     */
    public static String problem(String text, String language) {
        String said = rewritten(text, language);
        String base = language.split("-")[0];
        Character.UnicodeScript own = base.equals("ru") || base.equals("uk") ? Character.UnicodeScript.CYRILLIC
                : Character.UnicodeScript.LATIN;
        if (said.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return "has nothing a voice can say";
        }
        StringBuilder foreign = new StringBuilder();
        StringBuilder odd = new StringBuilder();
        said.codePoints().distinct().forEach(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (Character.isLetter(c) && script != own && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED && foreign.codePointCount(0, foreign.length()) < 5) {
                foreign.appendCodePoint(c);
            } else if (ODD.indexOf(c) >= 0 || Character.getType(c) == Character.OTHER_SYMBOL) {
                odd.append(odd.length() == 0 ? "" : " ").appendCodePoint(c);
            }
        });
        if (foreign.length() > 0) {
            String name = java.util.Locale.forLanguageTag(base).getDisplayLanguage(java.util.Locale.ENGLISH);
            return "has letters " + (english(language) ? "an English" : "a " + name) + " voice cannot say (" + foreign + ")";
        }
        if (odd.length() > 0) {
            return "has characters a voice reads as their names or skips (" + odd + ")";
        }
        return null;
    }

    private static String times(String n) {
        return switch (n) {
            case "1" -> "once";
            case "2" -> "twice";
            default -> n + " times";
        };
    }
}
