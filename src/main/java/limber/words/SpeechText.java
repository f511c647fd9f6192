package limber.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author's text as a voice should read it: shorthand written out the way a person reading the
 * routine aloud would say it, in the routine's language, and markup left out.
 *
 * <pre>{@code
 * SpeechText.spoken("Hold 30s, 2x, L/R.")             // "Hold 30 seconds, twice, left and right."
 * SpeechText.spoken("Turn 90° (e.g. to the wall)")    // "Turn 90 degrees (for example to the wall)"
 * SpeechText.spoken("Hold for 15–30 seconds.")        // "Hold for 15 to 30 seconds."
 * SpeechText.spoken("Halte 30 Sek., 2x, z. B.", "de") // "Halte 30 Sekunden, zweimal, zum Beispiel"
 * SpeechText.spoken("<speak>Breathe.</speak>")        // "Breathe."
 * }</pre>
 *
 * <p>Only what is unambiguous in a stretching routine is changed: a number before a unit of time
 * ({@code s}, {@code sec}, {@code min}; in German {@code Sek.}, in Russian {@code сек}, ...) or
 * {@code x}; a range of two numbers; a degree sign after a number; the letters for the two sides
 * ({@code L/R}, {@code G/D}, {@code Л/П}) and their words ({@code links/rechts}); the language's
 * common abbreviations; markup tags (SSML or HTML), which no engine is asked to interpret. What is
 * said for each comes from the language's catalogue ({@code say.*} in {@code messages_LANG.properties}),
 * with its plural rules ("2 sekundy", "5 sekund"). Everything else is left as written; in English
 * a decade or an age ("the 1990s", "in your 30s") is not seconds. Thread-safe, pure.
 */
public final class SpeechText {
    /** What a match is said as; {@code input} is the text the match is in. */
    private interface Said {
        String of(Matcher m, String input);
    }

    /**
     * A pattern and what its matches are said as, with a matcher per thread reset for each text:
     * a long session rewrites thousands of lines, and a new matcher for each rule and line was
     * most of what that cost.
     */
    private record Rule(Pattern pattern, Said replacement, ThreadLocal<Matcher> matchers) {
        Rule(Pattern pattern, Said replacement) {
            this(pattern, replacement, ThreadLocal.withInitial(() -> pattern.matcher("")));
        }

        Matcher matcher(String input) {
            return matchers.get().reset(input);
        }
    }

    /** Not a letter, digit or underscore: what stands around a word. */
    private static final String WORD = "[\\p{L}\\p{N}_]";
    private static final String MARKUP = "</?[A-Za-z][A-Za-z0-9:-]*(\\s[^<>]*)?/?>";
    /** What follows a written form whose period may end a sentence: the end, or the next sentence. */
    private static final Pattern SENTENCE_FOLLOWS = Pattern.compile("\\s*$|\\s+[\\p{Lu}\\p{N}]");
    /** "the 1990s", "in your 30s", "their 40s and 50s": a decade or an age, in English. */
    private static final Pattern DECADE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:1[0-9]|20)[0-9]0s"
            + "|(?<=(?:\\b(?:the|your|their|my|his|her|our|early|mid|late)\\s|mid-|'))[1-9]0s"
            + "(?:\\s*(?:and|or|to|-|\u2013)\\s*[1-9]0s)?)(?![\\p{L}\\p{N}])");
    /** Stands in for a decade's "s" while the rules run. */
    private static final char DECADE_S = '\uE000';

    private static final Map<String, List<Rule>> RULES = new ConcurrentHashMap<>();

    private SpeechText() {
    }

    /** What a voice should read for {@code text} in an English routine. */
    public static String spoken(String text) {
        return spoken(text, "en");
    }

    /**
     * As {@link #spoken(String)} for a routine in {@code language} (a BCP 47 tag: one of
     * {@link Catalogue#LANGUAGES}, or a tag whose language is; any other gets markup left out only).
     * The same text when nothing needs saying otherwise.
     */
    public static String spoken(String text, String language) {
        String s = rewritten(text, language);
        return s.isEmpty() ? text : s; // a voice given nothing fails; what is there is said as written
    }

    private static boolean english(String language) {
        return language.equals("en") || language.startsWith("en-");
    }

    private static String rewritten(String text, String language) {
        String s = text;
        boolean english = english(language);
        if (english) {
            s = DECADE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group().replace('s', DECADE_S)));
        }
        for (Rule r : rules(language)) {
            String in = s;
            Matcher m = r.matcher(in);
            if (m.find()) {
                StringBuilder sb = new StringBuilder();
                do {
                    m.appendReplacement(sb, Matcher.quoteReplacement(r.replacement().of(m, in)));
                } while (m.find());
                m.appendTail(sb);
                s = sb.toString();
            }
        }
        return s.replace(DECADE_S, 's').strip();
    }

    private static List<Rule> rules(String language) {
        String known = Catalogue.LANGUAGES.contains(language) ? language
                : Catalogue.LANGUAGES.stream().filter(l -> language.toLowerCase(Locale.ROOT).equals(l.toLowerCase(Locale.ROOT))
                        || language.split("-")[0].equalsIgnoreCase(l)).findFirst().orElse("");
        return RULES.computeIfAbsent(known, SpeechText::rulesOf);
    }

    /** The rules of a language's catalogue, in order; for "" (no catalogue), markup and spaces only. */
    private static List<Rule> rulesOf(String language) {
        List<Rule> rules = new ArrayList<>();
        // markup: the words inside are read, the tags are not ("speak ... slash speak")
        rules.add(rule(MARKUP, m -> " "));
        if (!language.isEmpty()) {
            Catalogue c = Catalogue.of(language);
            // a range: "15-30", "15 – 30" -> "15 to 30" (a minus sign is not written between two numbers)
            rules.add(rule("(?<![\\d.,])(\\d+)\\s*[-\u2010\u2011\u2012\u2013\u2014]\\s*(\\d+)(?![\\d.,]*\\d)",
                    m -> c.format("say.range", "from", m.group(1), "to", m.group(2))));
            // units after a number: 30s, 30 sec, 2 min; an abbreviation's period is kept where it ends a sentence
            rules.add(unit(c, "say.seconds"));
            rules.add(unit(c, "say.minutes"));
            // multipliers: 1x once, 2x twice, 3x three times (x, the multiplication sign, or Cyrillic х)
            rules.add(rule("(?<![\\p{L}\\p{N}_.])(\\d{1,9})\\s?[x\u00d7\u0445](?!" + WORD + ")",
                    m -> c.format("say.times", "count", Integer.parseInt(m.group(1)))));
            // degrees: 90° -> 90 degrees
            rules.add(rule("(?<!\\p{N})(\\d{1,9})\\s?\u00b0", m -> c.format("say.degrees", "count", Integer.parseInt(m.group(1)))));
            for (String[] pair : pairs(c.format("say.sides"))) {
                String[] two = pair[0].split("/", 2);
                rules.add(written(form(two[0]) + "\\s?/\\s?" + form(two[1]), pair[1]));
            }
            for (String[] pair : pairs(c.format("say.abbreviations"))) {
                rules.add(written(form(pair[0]), pair[1]));
            }
        }
        rules.add(rule("\\s{2,}", m -> " "));
        rules.add(rule("\\s+([.,;:!?])", m -> m.group(1)));
        return List.copyOf(rules);
    }

    /** "X => Y | Z => W" as its pairs. */
    private static List<String[]> pairs(String list) {
        List<String[]> out = new ArrayList<>();
        for (String item : list.split("\\s+\\|\\s+")) {
            String[] p = item.split("\\s*=>\\s*", 2);
            if (p.length == 2) {
                out.add(new String[] {p[0].strip(), p[1].strip()});
            }
        }
        return out;
    }

    /**
     * The pattern of a written form: its first letter in either case, the rest as written, a space
     * optional after an inner period ("z. B." and "z.B."), any spacing where the form has a space.
     */
    private static String form(String written) {
        StringBuilder p = new StringBuilder();
        String w = written.strip();
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (i == 0 && Character.isLetter(ch)) {
                String lower = String.valueOf(Character.toLowerCase(ch));
                String upper = String.valueOf(Character.toUpperCase(ch));
                p.append(lower.equals(upper) ? Pattern.quote(lower) : "[" + lower + upper + "]");
            } else if (ch == ' ') {
                p.append("\\s*");
            } else if (ch == '.') {
                p.append("\\.");
                if (i + 1 < w.length() && w.charAt(i + 1) != ' ') {
                    p.append("\\s*");
                }
            } else {
                p.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return p.toString();
    }

    /**
     * A written form said as {@code said}. When {@code said} ends in a period, the form may end a
     * sentence: the period is said only where the text goes on with a new sentence or ends.
     */
    private static Rule written(String pattern, String said) {
        boolean endsSentence = said.endsWith(".");
        String words = endsSentence ? said.substring(0, said.length() - 1) : said;
        String after = pattern.endsWith("\\.") || pattern.endsWith("\\.\\s*") ? "" : "(?!" + WORD + ")";
        return new Rule(Pattern.compile("(?<![\\p{L}\\p{N}])" + pattern + after),
                (m, in) -> words + (endsSentence && sentenceFollows(m, in) ? "." : ""));
    }

    /** Whether the text goes on with a new sentence, or ends, after {@code m}. */
    private static boolean sentenceFollows(Matcher m, String input) {
        return SENTENCE_FOLLOWS.matcher(input).region(m.end(), input.length()).lookingAt();
    }

    /**
     * A unit after a number, from the catalogue's {@code KEY.written} forms, said as {@code KEY}:
     * "30 sec" -> "30 seconds". A one-letter Cyrillic form ("с", also a word: "с другой стороны")
     * counts only written on to the number ("30с") or before punctuation or the end.
     */
    private static Rule unit(Catalogue c, String key) {
        List<String> forms = new ArrayList<>();
        List<String> single = new ArrayList<>();
        for (String w : c.format(key + ".written").split("\\s+")) {
            if (w.length() == 1 && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.CYRILLIC) {
                single.add(Pattern.quote(w));
            } else if (w.length() == 1) {
                forms.add(Pattern.quote(w)); // "s": as written, "S" is not seconds
            } else {
                forms.add("(?iu:" + Pattern.quote(w) + ")");
            }
        }
        String any = "(?:" + String.join("|", forms) + ")"
                + (single.isEmpty() ? "" : "|(?:" + String.join("|", single) + ")(?=\\.|\\s*(?:[,;:!?)]|$))"
                + "|(?<=\\d)(?:" + String.join("|", single) + ")");
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}_.])(\\d{1,9})\\s?(?:" + any + ")(?![\\p{L}\\p{N}_'])(\\.)?");
        return new Rule(p, (m, in) -> c.format(key, "count", Integer.parseInt(m.group(1)))
                + (m.group(2) != null && sentenceFollows(m, in) ? "." : ""));
    }

    private static Rule rule(String regex, Function<Matcher, String> replacement) {
        return new Rule(Pattern.compile(regex), (m, in) -> replacement.apply(m));
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
            String name = Locale.forLanguageTag(base).getDisplayLanguage(Locale.ENGLISH);
            return "has letters " + (english(language) ? "an English" : "a " + name) + " voice cannot say (" + foreign + ")";
        }
        if (odd.length() > 0) {
            return "has characters a voice reads as their names or skips (" + odd + ")";
        }
        return null;
    }
}
