package limber.listen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import limber.player.Input;

/**
 * What can be said, and what each phrase means. Immutable.
 *
 * <pre>{@code
 * Vocabulary v = Vocabulary.controls().withAnswers(List.of(15, 30, 45));
 * v.meaning("back");          // Control.PREVIOUS
 * v.meaning("two");           // Answer(2, 0)
 * v.meaning("forty five");    // Answer(0, 45)
 * }</pre>
 *
 * <p>The controls are always there; the hold menu's answers (its option numbers, "one" to
 * "nine", and each option's length in seconds, with or without "seconds") only while the menu
 * is open, so a countdown's "two" is never taken for an answer; a check-in's answers ("fine",
 * "too much", "too easy" and their {@link #FEELINGS synonyms}) in a session with check-ins,
 * once the menu is closed. The grammar is the shipped
 * {@code commands.gram} plus that answer rule; the pronunciations ({@code commands.dict}) are
 * copied verbatim from Debian's {@code pocketsphinx-en-us} cmudict for the eleven controls, the
 * numbers one to nineteen, the tens, "hundred", "seconds" and the check-in's words (without
 * {@code resume(3)}, the noun "résumé").
 */
final class Vocabulary {
    static final String GRAMMAR_RESOURCE = "commands.gram";
    static final String DICTIONARY_RESOURCE = "commands.dict";

    private static final Map<String, Input> CONTROLS = controlWords();
    private static final String[] ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    /** The most options the menu can be answered for by number. */
    static final int MAX_OPTIONS = 9;
    static final int MAX_SECONDS = 999;

    private final Map<String, Input> phrases;
    private final List<String> answers;

    private Vocabulary(Map<String, Input> phrases, List<String> answers) {
        this.phrases = phrases;
        this.answers = answers;
    }

    private static Map<String, Input> controlWords() {
        Map<String, Input> m = new LinkedHashMap<>();
        m.put("pause", Input.Control.PAUSE);
        m.put("resume", Input.Control.RESUME);
        m.put("continue", Input.Control.RESUME);
        m.put("next", Input.Control.NEXT);
        m.put("back", Input.Control.PREVIOUS);
        m.put("repeat", Input.Control.REPEAT);
        m.put("longer", Input.Control.LONGER);
        m.put("shorter", Input.Control.SHORTER);
        m.put("stop", Input.Control.QUIT);
        // only the player knows whether it is waiting for "ready"; elsewhere the word does
        // nothing, and being in the grammar it is no longer heard as "repeat"
        m.put("ready", Input.Control.READY);
        m.put("time", Input.Control.TIME_LEFT);
        return Map.copyOf(m);
    }

    /** How a check-in can be answered aloud, and what each answer means. */
    static final Map<String, Input.Feeling> FEELINGS = feelingWords();

    private static Map<String, Input.Feeling> feelingWords() {
        Map<String, Input.Feeling> m = new LinkedHashMap<>(); // in this order: the grammar's
        List.of(Map.entry("fine", Input.Feeling.FINE), Map.entry("good", Input.Feeling.FINE),
                Map.entry("okay", Input.Feeling.FINE), Map.entry("too much", Input.Feeling.TOO_MUCH),
                Map.entry("too hard", Input.Feeling.TOO_MUCH), Map.entry("too easy", Input.Feeling.TOO_EASY),
                Map.entry("easy", Input.Feeling.TOO_EASY)).forEach(e -> m.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The player's controls only. */
    static Vocabulary controls() {
        return new Vocabulary(CONTROLS, List.of());
    }

    /**
     * The controls and the answers to a menu whose options last {@code seconds} (in menu order):
     * "one" answers option 1, "thirty" or "thirty seconds" answers 30 seconds.
     *
     * @throws IllegalArgumentException for more than {@value #MAX_OPTIONS} options or a length
     *     outside 1..{@value #MAX_SECONDS}
     */
    Vocabulary withAnswers(List<Integer> seconds) {
        if (seconds.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("at most " + MAX_OPTIONS + " menu options can be answered by voice, got "
                    + seconds.size());
        }
        Map<String, Input> m = new LinkedHashMap<>(CONTROLS);
        List<String> said = new ArrayList<>();
        for (int i = 0; i < seconds.size(); i++) {
            String number = words(i + 1);
            m.put(number, new Input.Answer(i + 1, 0));
            said.add(number);
        }
        for (int s : seconds) {
            String length = words(s);
            Input previous = m.putIfAbsent(length, new Input.Answer(0, s));
            m.put(length + " seconds", new Input.Answer(0, s));
            if (previous == null) {
                said.add(length);
            }
            said.add(length + " seconds");
        }
        return new Vocabulary(Map.copyOf(m), List.copyOf(said));
    }

    /** The controls and a check-in's answers ({@link #FEELINGS}): for a session with check-ins, after the menu. */
    Vocabulary withCheckIns() {
        Map<String, Input> m = new LinkedHashMap<>(phrases);
        List<String> said = new ArrayList<>(answers);
        for (Map.Entry<String, Input.Feeling> e : FEELINGS.entrySet()) {
            if (m.putIfAbsent(e.getKey(), e.getValue()) == null) {
                said.add(e.getKey());
            }
        }
        return new Vocabulary(Map.copyOf(m), List.copyOf(said));
    }

    /** Whether answers (the menu's, or a check-in's) are part of it. */
    boolean answering() {
        return !answers.isEmpty();
    }

    /** What a recognized phrase means, or null for a phrase outside this vocabulary. */
    Input meaning(String phrase) {
        return phrases.get(phrase);
    }

    /** Every phrase, e.g. {@code [back, continue, ..., one, two, fifteen, fifteen seconds]}. */
    List<String> phrases() {
        List<String> all = new ArrayList<>(CONTROLS.keySet());
        all.sort(null);
        for (String a : answers) {
            if (!all.contains(a)) {
                all.add(a);
            }
        }
        return List.copyOf(all);
    }

    /** The JSGF grammar: the shipped controls, and the answer rule while answering. */
    String grammar() throws IOException {
        String base = resource(GRAMMAR_RESOURCE);
        if (answers.isEmpty()) {
            return base;
        }
        String top = "public <utterance> = <control>;";
        if (!base.contains(top)) {
            throw new IOException(GRAMMAR_RESOURCE + " has no line \"" + top + "\"");
        }
        return base.replace(top, "public <utterance> = <control> | <answer>;")
                + "\n<answer> = " + String.join(" | ", answers) + ";\n";
    }

    /** The pronunciation dictionary, cmudict format. */
    static String dictionary() throws IOException {
        return resource(DICTIONARY_RESOURCE);
    }

    /** 45 -> "forty five", 120 -> "one hundred twenty" (the way the narrator says numbers). */
    static String words(int n) {
        if (n < 1 || n > MAX_SECONDS) {
            throw new IllegalArgumentException("only 1.." + MAX_SECONDS + " can be said, got " + n);
        }
        StringBuilder sb = new StringBuilder();
        if (n >= 100) {
            sb.append(ONES[n / 100]).append(" hundred");
            n %= 100;
        }
        if (n >= 20) {
            sb.append(sb.length() > 0 ? " " : "").append(TENS[n / 10]);
            n %= 10;
        }
        if (n > 0) {
            sb.append(sb.length() > 0 ? " " : "").append(ONES[n]);
        }
        return sb.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource limber/listen/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && v.phrases.equals(phrases) && v.answers.equals(answers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phrases, answers);
    }

    @Override
    public String toString() {
        return "Vocabulary" + phrases();
    }
}
