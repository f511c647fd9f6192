package limber.words;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Limber says on its own, in one language: the stretch announcements, hold and rest lines,
 * countdown marks, the hold menu, the player's answers, the names of an export's parts. One
 * resource file per language ({@code limber/words/messages_de.properties}), each message in ICU
 * MessageFormat syntax, so plurals follow the language's own rules (Polish "2 sekundy", "5 sekund",
 * "22 sekundy") through ICU4J's plural rules, never through an {@code if (n == 1)}.
 *
 * <pre>{@code
 * Catalogue de = Catalogue.of("de");
 * de.hold(30, "linke Seite");        // "Halte 30 Sekunden lang, linke Seite."
 * Catalogue.ENGLISH.hold(1, null);   // "Hold for 1 second."
 * }</pre>
 *
 * <p>A message is the subset of ICU's MessageFormat syntax that these lines need: {@code {name}}
 * and {@code {name, plural, =1 {...} one {...} few {...} other {...}}} with {@code #} for the
 * number, nested as deep as wanted; an apostrophe is a plain character. The plural category comes
 * from ICU4J's {@link PluralRules} for the language; the test holds every message against ICU's own
 * {@code MessageFormat}. That costs half of what a {@code MessageFormat} costs to start (ICU's
 * number formatting is never loaded: numbers are written as plain digits, which is what
 * MessageFormat writes for these languages below 1,000), and ICU is loaded only at the first
 * plural. Thread-safe.
 */
public final class Catalogue {
    /** The languages Limber speaks, as BCP 47 tags, English first. */
    public static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "pt-BR", "pl", "ru", "uk");
    public static final String DEFAULT_LANGUAGE = "en";
    private static final Map<String, Catalogue> LOADED = new ConcurrentHashMap<>();
    public static final Catalogue ENGLISH = of(DEFAULT_LANGUAGE);

    private final String language;
    private final Map<String, String> patterns;
    private volatile PluralRules plurals;

    private Catalogue(String language, Map<String, String> patterns) {
        this.language = language;
        this.patterns = patterns;
    }

    /**
     * The catalogue of {@code language}, one of {@link #LANGUAGES} (exactly as written there).
     *
     * @throws IllegalArgumentException Limber has no catalogue for it
     */
    public static Catalogue of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no catalogue for language \"" + language + "\" (" + String.join(", ", LANGUAGES) + ")");
        }
        Catalogue c = LOADED.get(language);
        return c != null ? c : LOADED.computeIfAbsent(language, l -> new Catalogue(l, read(l)));
    }

    private static Map<String, String> read(String language) {
        String name = "/limber/words/messages_" + language.replace('-', '_') + ".properties";
        try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> m = new java.util.HashMap<>();
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The BCP 47 tag of this catalogue's language. */
    public String language() {
        return language;
    }

    /** Whether this is English (voice commands and their menu wording exist only in English). */
    public boolean english() {
        return language.equals(DEFAULT_LANGUAGE);
    }

    /** Every message's key. */
    public Set<String> keys() {
        return new TreeSet<>(patterns.keySet());
    }

    /**
     * The message {@code key} with its arguments, given as name, value pairs
     * ({@code "seconds", 30, "label", "left side"}). Numbers that select a plural are integers;
     * numbers that only count are passed as text, so no grouping separator is added.
     *
     * @throws IllegalArgumentException no such key
     */
    public String format(String key, Object... namesAndValues) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message \"" + key + "\" in the " + language + " catalogue");
        }
        if (namesAndValues.length == 0 && pattern.indexOf('{') < 0) {
            return pattern; // no argument: the text as written, without loading ICU
        }
        Map<String, Object> args = new java.util.HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        StringBuilder out = new StringBuilder();
        int end = message(key, pattern, 0, args, null, out);
        if (end != pattern.length()) {
            throw new IllegalStateException(key + ": unbalanced '}' at " + end + " in " + pattern);
        }
        return out.toString();
    }

    /**
     * Appends the message text of {@code p} from {@code at} to its end or to the '}' that closes
     * it (whose index is returned); {@code number} is what {@code #} stands for (null outside a plural).
     */
    private int message(String key, String p, int at, Map<String, Object> args, Object number, StringBuilder out) {
        int i = at;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '}') {
                return i;
            }
            if (c == '#' && number != null) {
                out.append(number);
                i++;
            } else if (c == '{') {
                i = argument(key, p, i + 1, args, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return i;
    }

    /** An argument after its '{': {@code name}, or {@code name, plural, ...}; returns the index after its '}'. */
    private int argument(String key, String p, int at, Map<String, Object> args, StringBuilder out) {
        int close = p.indexOf('}', at);
        int comma = p.indexOf(',', at);
        if (close < 0) {
            throw new IllegalStateException(key + ": unclosed '{' in " + p);
        }
        if (comma < 0 || comma > close) {
            out.append(value(key, args, p.substring(at, close).strip()));
            return close + 1;
        }
        String name = p.substring(at, comma).strip();
        int type = p.indexOf(',', comma + 1);
        if (type < 0 || !p.substring(comma + 1, type).strip().equals("plural")) {
            throw new IllegalStateException(key + ": only {name} and {name, plural, ...} are supported in " + p);
        }
        Object v = value(key, args, name);
        if (!(v instanceof Integer n)) {
            throw new IllegalArgumentException(key + ": {" + name + "} selects a plural and must be an integer, got " + v);
        }
        // the cases, each selector with where its message starts: "=1", "one", "few", "other" ...
        Map<String, Integer> cases = new java.util.LinkedHashMap<>();
        int i = type + 1;
        while (true) {
            while (i < p.length() && Character.isWhitespace(p.charAt(i))) {
                i++;
            }
            if (i >= p.length()) {
                throw new IllegalStateException(key + ": unclosed plural in " + p);
            }
            if (p.charAt(i) == '}') {
                break;
            }
            int open = p.indexOf('{', i);
            if (open < 0) {
                throw new IllegalStateException(key + ": plural case without a message in " + p);
            }
            cases.put(p.substring(i, open).strip(), open + 1);
            i = message(key, p, open + 1, args, n, new StringBuilder()) + 1;
        }
        // as ICU: an exact =N first, then the language's category, then other
        Integer start = cases.get("=" + n);
        if (start == null) {
            start = cases.get(rules().select(n));
        }
        if (start == null) {
            start = cases.get("other");
        }
        if (start == null) {
            throw new IllegalStateException(key + ": no plural case for " + n + " in " + p);
        }
        message(key, p, start, args, n, out);
        return i + 1;
    }

    private static Object value(String key, Map<String, Object> args, String name) {
        if (!args.containsKey(name)) {
            throw new IllegalArgumentException(key + ": no value for {" + name + "}");
        }
        return args.get(name);
    }

    private PluralRules rules() {
        PluralRules r = plurals;
        if (r == null) {
            r = PluralRules.forLocale(ULocale.forLanguageTag(language));
            plurals = r;
        }
        return r;
    }

    /** The message {@code key} as written in the catalogue (for tests). */
    String pattern(String key) {
        return patterns.get(key);
    }

    // ---------------------------------------------------------------- the timeline's lines

    /** "Each hold lasts 30 seconds." */
    public String holdLength(int seconds) {
        return format("holds.each", "seconds", seconds);
    }

    /** "Stretch 2 of 6: Thread the needle." ({@code name} already ends as a sentence). */
    public String stretch(int number, int total, String name) {
        return format("stretch", "number", String.valueOf(number), "total", String.valueOf(total), "name", name);
    }

    /** "Hold for 30 seconds." or "Hold for 30 seconds, left side." */
    public String hold(int seconds, String label) {
        return label == null ? format("hold", "seconds", seconds) : format("hold.side", "seconds", seconds, "label", label);
    }

    /** "Hold for 5 breaths." or "Hold for 5 breaths, left side." (a hold in breaths). */
    public String holdBreaths(int breaths, String label) {
        return label == null ? format("hold.breaths", "breaths", breaths)
                : format("hold.breaths.side", "breaths", breaths, "label", label);
    }

    /** Inside a hold in breaths, at a breath's start: "Breathe in." */
    public String breatheIn() {
        return format("breathe.in");
    }

    /** Inside a hold in breaths, at half a breath: "Breathe out." */
    public String breatheOut() {
        return format("breathe.out");
    }

    /** A countdown mark: "10 seconds left." with {@code words}, else the bare number "3.". */
    public String mark(int secondsLeft, boolean words) {
        return words ? format("mark.left", "seconds", secondsLeft) : format("mark", "seconds", String.valueOf(secondsLeft));
    }

    public String release() {
        return format("release");
    }

    /** "Rest for 10 seconds." */
    public String rest(int seconds) {
        return format("rest", "seconds", seconds);
    }

    /** "Rest. Next: Thread the needle." */
    public String restNext(String name) {
        return format("rest.next", "name", name);
    }

    public String closing() {
        return format("closing");
    }

    // ---------------------------------------------------------------- the hold menu

    public String menuChoose() {
        return format("menu.choose");
    }

    /** "Press 1 for 15 seconds, gentle." ("Say or press 1 ..." when {@code byVoice}). */
    public String menuOption(int option, int seconds, String label, boolean byVoice) {
        return format(byVoice ? "menu.sayOrPress" : "menu.press", "option", String.valueOf(option), "seconds", seconds,
                "label", label);
    }

    /** "30 seconds, standard. Let's begin." */
    public String menuChosen(int seconds, String label) {
        return format("menu.chosen", "seconds", seconds, "label", label);
    }

    /** "No answer. Holds will be 30 seconds, standard." */
    public String menuNoAnswer(int seconds, String label) {
        return format("menu.noAnswer", "seconds", seconds, "label", label);
    }

    /** "Holds will be 30 seconds, standard." */
    public String menuAnnounced(int seconds, String label) {
        return format("menu.announced", "seconds", seconds, "label", label);
    }

    /** "Press a number from 1 to 3, or q to quit." */
    public String menuKeys(int options) {
        return format("menu.keys", "options", options);
    }

    // ---------------------------------------------------------------- the player's answers

    /** One of the player's fixed answers: "paused", "resuming", "goodbye", "next", ... (see the catalogue). */
    public String answer(String key) {
        return format(key);
    }

    /** "12 seconds left." */
    public String timeLeft(int seconds) {
        return format("timeLeft", "seconds", seconds);
    }

    /** "Holds are now 35 seconds." */
    public String holdsNow(int seconds) {
        return format("holds.now", "seconds", seconds);
    }

    /** "Holds are already 600 seconds, the longest." ({@code shortest}: "..., the shortest."). */
    public String holdsAtBound(int seconds, boolean shortest) {
        return format(shortest ? "holds.shortest" : "holds.longest", "seconds", seconds);
    }

    /** That voice commands are English only, said in this language. */
    public String englishOnly() {
        return format("listen.englishOnly");
    }

    // ---------------------------------------------------------------- an export's parts

    /** The name of what comes before the first stretch: "Introduction". */
    public String introduction() {
        return format("part.introduction");
    }

    /** A stretch's track name when its own name gives none: "Stretch 3". */
    public String stretchTrack(int number) {
        return format("part.stretch", "number", String.valueOf(number));
    }

    @Override
    public String toString() {
        return "Catalogue[" + language + "]";
    }
}
