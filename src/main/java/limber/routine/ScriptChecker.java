package limber.routine;

import static limber.routine.Messages.describe;
import static limber.routine.Messages.quote;
import static limber.routine.Messages.shorten;
import static limber.routine.Messages.suggest;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import limber.routine.LocatedTree.Arr;
import limber.routine.LocatedTree.Field;
import limber.routine.LocatedTree.Loc;
import limber.routine.LocatedTree.Node;
import limber.routine.LocatedTree.Obj;
import limber.routine.LocatedTree.Scalar;

/**
 * Checks a {@link LocatedTree} against the script format, field by field, and builds the
 * routine; the first rule broken is a {@link ScriptException} at the value that breaks it. Also
 * refuses a routine whose fixed silences alone pass {@link Routine#MAX_SESSION_SECONDS}, at the
 * step where they do. One checker per script.
 */
final class ScriptChecker {
    private static final List<String> ROUTINE_FIELDS = List.of("format", "title", "source", "intro",
            "holdOptions", "defaultHold", "restBetweenStretches", "settle", "countdown", "stretches", "language",
            "ready", "checkIn", "safety", "breath");
    /**
     * The languages Limber has words for (its message catalogues, {@code limber.words.Catalogue}):
     * kept here as data, since the routine knows nothing of speech or words.
     */
    static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "pt-BR", "pl", "ru", "uk");
    private static final List<String> OPTION_FIELDS = List.of("seconds", "label");
    private static final List<String> STRETCH_FIELDS = List.of("name", "steps");
    private static final List<String> STEP_FIELDS = List.of("say", "pause", "hold", "label", "rest", "breaths");
    private static final List<String> STEP_KINDS = List.of("say", "hold", "rest");

    private final String file;
    private final java.util.function.Consumer<RoutineLoader.Located> texts;
    private int steps;
    /** Where each stretch and each step began, in the routine's order, for the length check. */
    private final List<Loc> stretchLocs = new ArrayList<>();
    private final List<Loc> stepLocs = new ArrayList<>();
    /** The routine's {@code breath}, read before the stretches so each hold in breaths is checked against it. */
    private double breath = Routine.DEFAULT_BREATH;

    ScriptChecker(String file) {
        this(file, text -> { });
    }

    /** Hands each text of the script, with where it is, to {@code texts} as it is checked. */
    ScriptChecker(String file, java.util.function.Consumer<RoutineLoader.Located> texts) {
        this.file = file;
        this.texts = texts;
    }

    Routine routine(Node root) throws ScriptException {
        if (!(root instanceof Obj o)) {
            throw error(root.loc(), "a routine script must be an object with \"title\" and "
                    + "\"stretches\", got " + describe(root));
        }
        checkFieldNames(o, ROUTINE_FIELDS);
        String title = null;
        String source = null;
        List<String> intro = List.of();
        List<HoldOption> options = Routine.DEFAULT_HOLD_OPTIONS;
        Integer defaultHold = null;
        int rest = Routine.DEFAULT_REST;
        int settle = Routine.DEFAULT_SETTLE;
        List<Integer> countdown = Routine.DEFAULT_COUNTDOWN;
        List<Stretch> stretches = null;
        String language = Routine.DEFAULT_LANGUAGE;
        boolean ready = false;
        boolean checkIn = false;
        String safety = null;
        Field breathField = o.fields().get("breath");
        if (breathField != null) {
            breath = breath(breathField.value());
        }
        for (Field f : o.fields().values()) {
            Node v = f.value();
            switch (f.name()) {
                case "format" -> {
                    int format = integer(v, "\"format\"", "format", Integer.MIN_VALUE, Integer.MAX_VALUE);
                    if (format != 1) {
                        throw error(v.loc(), "unsupported format " + format + " (this version reads format 1)");
                    }
                }
                case "title" -> title = text(v, "\"title\"");
                case "source" -> source = text(v, "\"source\"");
                case "intro" -> {
                    List<String> lines = new ArrayList<>();
                    for (Node line : array(v, "\"intro\"", false).items()) {
                        lines.add(text(line, "intro line"));
                    }
                    intro = lines;
                }
                case "holdOptions" -> options = holdOptions(v);
                case "defaultHold" -> defaultHold = integer(v, "\"defaultHold\"", "defaultHold",
                        Routine.MIN_HOLD, Routine.MAX_HOLD);
                case "restBetweenStretches" -> rest = integer(v, "\"restBetweenStretches\"",
                        "restBetweenStretches", 0, Routine.MAX_HOLD);
                case "settle" -> settle = integer(v, "\"settle\"", "settle", 0, RoutineLoader.MAX_SETTLE);
                case "countdown" -> countdown = countdown(v);
                case "stretches" -> stretches = stretches(v);
                case "language" -> language = language(v);
                case "ready" -> ready = bool(v, "\"ready\"");
                case "checkIn" -> checkIn = bool(v, "\"checkIn\"");
                case "safety" -> safety = text(v, "\"safety\"");
                case "breath" -> { } // read first, above
                default -> throw new AssertionError(f.name());
            }
        }
        requireField(o, "title");
        requireField(o, "stretches");
        int hold = defaultHold(o, options, defaultHold);
        Routine routine = new Routine(title, source, intro, options, hold, rest, settle, countdown, stretches, language,
                ready, checkIn, safety, breath);
        checkLength(routine);
        return routine;
    }

    /**
     * Refuses a routine that cannot fit in a session: the silences the script fixes (holds,
     * with the chosen ones at the shortest hold option, their settle pauses, rests, pauses and
     * the rests between stretches) already pass the limit. Speech and the user's choices only
     * add to that, and the timeline compiler checks the exact length; this check comes first,
     * costs nothing and points at the step where the routine runs over.
     */
    private void checkLength(Routine r) throws ScriptException {
        int shortest = r.holdOptions().stream().mapToInt(HoldOption::seconds).min().orElseThrow();
        double seconds = 0;
        int step = 0;
        for (int i = 0; i < r.stretches().size(); i++) {
            if (i > 0) {
                seconds += r.restBetweenStretches();
                overLimit(seconds, stretchLocs.get(i), shortest);
            }
            for (Step s : r.stretches().get(i).steps()) {
                if (s instanceof Step.Say say) {
                    seconds += say.pauseSeconds();
                } else if (s instanceof Step.Hold h) {
                    seconds += r.settle() + (h.breaths() != null ? r.breathHoldSeconds(h.breaths())
                            : h.seconds() == null ? shortest : h.seconds());
                } else if (s instanceof Step.Rest rest) {
                    seconds += rest.seconds();
                }
                overLimit(seconds, stepLocs.get(step++), shortest);
            }
        }
    }

    private void overLimit(double seconds, Loc loc, int shortest) throws ScriptException {
        if (seconds > Routine.MAX_SESSION_SECONDS) {
            throw error(loc, "routine is longer than " + Routine.MAX_SESSION_SECONDS / 3600
                    + " hours: its holds, rests and pauses alone pass that here (chosen holds at "
                    + shortest + " s)");
        }
    }

    private int defaultHold(Obj o, List<HoldOption> options, Integer given) throws ScriptException {
        if (given == null) {
            for (HoldOption option : options) {
                if (option.seconds() == Routine.DEFAULT_HOLD) {
                    return Routine.DEFAULT_HOLD;
                }
            }
            return options.get(0).seconds();
        }
        List<String> offered = new ArrayList<>();
        for (HoldOption option : options) {
            if (option.seconds() == given) {
                return given;
            }
            offered.add(String.valueOf(option.seconds()));
        }
        throw error(o.fields().get("defaultHold").value().loc(), "defaultHold " + given
                + " is not one of the hold options (" + String.join(", ", offered) + ")");
    }

    private List<HoldOption> holdOptions(Node v) throws ScriptException {
        List<HoldOption> options = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Node item : array(v, "\"holdOptions\"", true).items()) {
            if (options.size() == RoutineLoader.MAX_HOLD_OPTIONS) {
                throw error(item.loc(), "too many hold options (at most " + RoutineLoader.MAX_HOLD_OPTIONS
                        + ", one key each)");
            }
            Obj o = object(item, "hold option");
            checkFieldNames(o, OPTION_FIELDS);
            requireField(o, "seconds");
            requireField(o, "label");
            Node secondsNode = o.fields().get("seconds").value();
            int seconds = integer(secondsNode, "\"seconds\"", "hold option",
                    Routine.MIN_HOLD, Routine.MAX_HOLD);
            if (!seen.add(seconds)) {
                throw error(secondsNode.loc(), "hold option " + seconds + " seconds is repeated");
            }
            options.add(new HoldOption(seconds, text(o.fields().get("label").value(), "\"label\"")));
        }
        return options;
    }

    /**
     * A BCP 47 tag Limber has words for, in any case ({@code pt-br} is {@code pt-BR}); a malformed
     * tag and a language without a catalogue are errors at the value.
     */
    private String language(Node v) throws ScriptException {
        if (!(v instanceof Scalar s) || s.token() != JsonToken.VALUE_STRING) {
            throw error(v.loc(), "\"language\" must be a string, got " + describe(v));
        }
        String tag = s.text().strip();
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (java.util.IllformedLocaleException e) {
            locale = null;
        }
        String known = String.join(", ", LANGUAGES);
        if (tag.isEmpty() || locale == null || locale.getLanguage().isEmpty()) {
            throw error(v.loc(), "\"language\": " + quote(tag) + " is not a BCP 47 language tag (such as de or pt-BR; "
                    + "Limber knows " + known + ")");
        }
        for (String l : LANGUAGES) {
            if (l.equalsIgnoreCase(tag)) {
                return l;
            }
        }
        String same = null;
        for (String l : LANGUAGES) {
            if (l.split("-")[0].equals(locale.getLanguage())) {
                same = l;
            }
        }
        throw error(v.loc(), "\"language\": " + quote(tag) + " is not a language Limber knows (" + known
                + (same == null ? "" : "; did you mean " + quote(same) + "?") + ")");
    }

    private List<Integer> countdown(Node v) throws ScriptException {
        List<Integer> marks = new ArrayList<>();
        for (Node item : array(v, "\"countdown\"", false).items()) {
            int mark = integer(item, "countdown mark", "countdown mark", 1, Routine.MAX_HOLD);
            if (marks.contains(mark)) {
                throw error(item.loc(), "countdown mark " + mark + " is repeated");
            }
            marks.add(mark);
        }
        marks.sort((a, b) -> Integer.compare(b, a));
        return marks;
    }

    private List<Stretch> stretches(Node v) throws ScriptException {
        List<Stretch> stretches = new ArrayList<>();
        for (Node item : array(v, "\"stretches\"", true).items()) {
            if (stretches.size() == RoutineLoader.MAX_STRETCHES) {
                throw error(item.loc(), "too many stretches (at most " + RoutineLoader.MAX_STRETCHES + ")");
            }
            Obj o = object(item, "stretch");
            stretchLocs.add(item.loc());
            checkFieldNames(o, STRETCH_FIELDS);
            String name = null;
            List<Step> steps = null;
            for (Field f : o.fields().values()) {
                if (f.name().equals("name")) {
                    name = text(f.value(), "\"name\"");
                } else {
                    steps = steps(f.value());
                }
            }
            requireField(o, "name");
            requireField(o, "steps");
            stretches.add(new Stretch(name, steps));
        }
        return stretches;
    }

    private List<Step> steps(Node v) throws ScriptException {
        List<Step> steps = new ArrayList<>();
        for (Node item : array(v, "\"steps\"", true).items()) {
            if (++this.steps > RoutineLoader.MAX_STEPS) {
                throw error(item.loc(), "too many steps (at most " + RoutineLoader.MAX_STEPS + " in a routine)");
            }
            stepLocs.add(item.loc());
            steps.add(step(item));
        }
        return steps;
    }

    private Step step(Node item) throws ScriptException {
        if (item instanceof Scalar s && s.token() == JsonToken.VALUE_STRING) {
            return new Step.Say(text(item, "step"), 0);
        }
        if (!(item instanceof Obj o)) {
            throw error(item.loc(), "step must be a string or an object with \"say\", \"hold\" "
                    + "or \"rest\", got " + describe(item));
        }
        checkFieldNames(o, STEP_FIELDS);
        Field kind = null;
        for (Field f : o.fields().values()) {
            if (STEP_KINDS.contains(f.name())) {
                if (kind != null) {
                    throw error(f.nameLoc(), "step has both " + quote(kind.name()) + " and "
                            + quote(f.name()) + "; put them in separate steps");
                }
                kind = f;
            }
        }
        if (kind == null) {
            throw error(o.loc(), "step needs one of \"say\", \"hold\" or \"rest\""
                    + (o.fields().containsKey("breaths") ? " (a hold in breaths is {\"hold\": true, \"breaths\": 5})" : ""));
        }
        onlyWith(o, "pause", "say", kind);
        onlyWith(o, "label", "hold", kind);
        onlyWith(o, "breaths", "hold", kind);
        Node v = kind.value();
        switch (kind.name()) {
            case "say" -> {
                String text = text(v, "\"say\"");
                Field pause = o.fields().get("pause");
                return new Step.Say(text, pause == null ? 0 : pause(pause.value()));
            }
            case "hold" -> {
                Field label = o.fields().get("label");
                String text = label == null ? null : text(label.value(), "\"label\"");
                Field breaths = o.fields().get("breaths");
                if (breaths != null && v instanceof Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT) {
                    throw error(breaths.nameLoc(), "\"breaths\" goes with \"hold\": true, not with \"hold\": "
                            + shorten(s.text()) + " (a hold is timed in seconds or in breaths, not both)");
                }
                if (breaths != null && v instanceof Scalar s && s.token() == JsonToken.VALUE_TRUE) {
                    return Step.Hold.inBreaths(breaths(breaths.value()), text);
                }
                if (v instanceof Scalar s && s.token() == JsonToken.VALUE_TRUE) {
                    return new Step.Hold(null, text);
                }
                if (!(v instanceof Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT)) {
                    throw error(v.loc(), "\"hold\" must be true or an integer number of seconds, got "
                            + describe(v) + zeroHint(v));
                }
                return new Step.Hold(integer(v, "\"hold\"", "hold", Routine.MIN_HOLD, Routine.MAX_HOLD), text);
            }
            default -> {
                return new Step.Rest(integer(v, "\"rest\"", "rest", 1, Routine.MAX_HOLD));
            }
        }
    }

    /**
     * The routine's {@code breath}: seconds, {@link Routine#MIN_BREATH}..{@link Routine#MAX_BREATH},
     * in tenths at most, so that a breath is a whole number of samples at every voice's rate.
     */
    private double breath(Node v) throws ScriptException {
        if (!(v instanceof Scalar s) || (s.token() != JsonToken.VALUE_NUMBER_INT
                && s.token() != JsonToken.VALUE_NUMBER_FLOAT)) {
            throw error(v.loc(), "\"breath\" must be a number of seconds, got " + describe(v) + zeroHint(v));
        }
        String range = "breath must be " + Routine.seconds(Routine.MIN_BREATH) + ".." + Routine.seconds(Routine.MAX_BREATH) + " seconds";
        // written so that NaN fails too (YAML can say .nan)
        if (!(s.number() >= Routine.MIN_BREATH && s.number() <= Routine.MAX_BREATH)) {
            throw error(v.loc(), range + ", got " + shorten(s.text()));
        }
        double tenths = s.number() * 10;
        if (Math.abs(tenths - Math.rint(tenths)) > 1e-6) {
            throw error(v.loc(), range + " in tenths of a second (such as 4.5), got " + shorten(s.text()));
        }
        return Math.rint(tenths) / 10;
    }

    /**
     * The {@code breaths} of a hold: a whole number, at least 1, and no more than make a hold of
     * {@link Routine#MAX_HOLD} seconds at the routine's {@code breath}.
     */
    private int breaths(Node v) throws ScriptException {
        if (!(v instanceof Scalar s) || s.token() != JsonToken.VALUE_NUMBER_INT) {
            throw error(v.loc(), "\"breaths\" must be a whole number of breaths, got " + describe(v) + zeroHint(v));
        }
        long tenths = Math.round(breath * 10);
        int most = (int) (Routine.MAX_HOLD * 10L / tenths);
        Integer n = s.intValue();
        if (n == null || n < 1 || n > most) {
            throw error(v.loc(), "breaths must be 1.." + most + " (at " + Routine.seconds(breath) + " s a breath a hold is at most "
                    + Routine.MAX_HOLD + " s), got " + shorten(s.text()));
        }
        return n;
    }

    /** A YAML or JSON true or false. */
    private boolean bool(Node v, String subject) throws ScriptException {
        if (v instanceof Scalar s && (s.token() == JsonToken.VALUE_TRUE || s.token() == JsonToken.VALUE_FALSE)) {
            return s.token() == JsonToken.VALUE_TRUE;
        }
        throw error(v.loc(), subject + " must be true or false, got " + describe(v));
    }

    private void onlyWith(Obj o, String field, String kind, Field actual) throws ScriptException {
        Field f = o.fields().get(field);
        if (f != null && !actual.name().equals(kind)) {
            throw error(f.nameLoc(), quote(field) + " is only allowed in a " + quote(kind)
                    + " step, not in a " + quote(actual.name()) + " step");
        }
    }

    private double pause(Node v) throws ScriptException {
        if (!(v instanceof Scalar s) || (s.token() != JsonToken.VALUE_NUMBER_INT
                && s.token() != JsonToken.VALUE_NUMBER_FLOAT)) {
            throw error(v.loc(), "\"pause\" must be a number, got " + describe(v));
        }
        // Written so that NaN fails too (YAML can say .nan).
        if (!(s.number() >= 0 && s.number() <= RoutineLoader.MAX_PAUSE)) {
            throw error(v.loc(), "pause must be 0.." + RoutineLoader.MAX_PAUSE + " seconds, got " + shorten(s.text()));
        }
        return s.number();
    }

    // ------------------------------------------------------------ typed values

    private String text(Node v, String subject) throws ScriptException {
        if (!(v instanceof Scalar s) || s.token() != JsonToken.VALUE_STRING) {
            throw error(v.loc(), subject + " must be a string, got " + describe(v));
        }
        String text = s.text().strip();
        if (text.isEmpty()) {
            throw error(v.loc(), subject + " must not be blank");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Line breaks and tabs are normal in YAML block text; other controls are junk to a voice.
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw error(v.loc(), String.format(Locale.ROOT,
                        "%s must not contain control characters, got U+%04X", subject, (int) c));
            }
        }
        int length = text.codePointCount(0, text.length());
        if (length > RoutineLoader.MAX_TEXT) {
            throw error(v.loc(), subject + " is too long (" + length + " characters, at most "
                    + RoutineLoader.MAX_TEXT + ")");
        }
        texts.accept(new RoutineLoader.Located(file + ":" + v.loc().line() + ":" + v.loc().column(), subject, text));
        return text;
    }

    /** An integer in lo..hi; {@code subject} names it for type errors, {@code what} for range. */
    private int integer(Node v, String subject, String what, int lo, int hi) throws ScriptException {
        if (!(v instanceof Scalar s) || s.token() != JsonToken.VALUE_NUMBER_INT) {
            throw error(v.loc(), subject + " must be an integer, got " + describe(v) + zeroHint(v));
        }
        Integer i = s.intValue();
        if (i == null || i < lo || i > hi) {
            throw error(v.loc(), what + " must be " + lo + ".." + hi + " seconds, got " + shorten(s.text()));
        }
        return i;
    }

    /**
     * For a string of digits with a leading zero where a number belongs (YAML reads {@code 08} and
     * {@code 09}, which are no octal numbers, as text): what to write instead.
     */
    private static String zeroHint(Node v) {
        if (v instanceof Scalar s && s.token() == JsonToken.VALUE_STRING && s.text().matches("0[0-9]+")) {
            String n = s.text().replaceFirst("^0+(?=.)", "");
            return " (a number with a leading zero is not read as a number; write " + n + ")";
        }
        return "";
    }

    private Arr array(Node v, String subject, boolean nonEmpty) throws ScriptException {
        if (!(v instanceof Arr a)) {
            throw error(v.loc(), subject + " must be an array, got " + describe(v));
        }
        if (nonEmpty && a.items().isEmpty()) {
            throw error(v.loc(), subject + " must not be empty");
        }
        return a;
    }

    private Obj object(Node v, String subject) throws ScriptException {
        if (!(v instanceof Obj o)) {
            throw error(v.loc(), subject + " must be an object, got " + describe(v));
        }
        return o;
    }

    private void checkFieldNames(Obj o, List<String> allowed) throws ScriptException {
        for (Field f : o.fields().values()) {
            if (!allowed.contains(f.name())) {
                String suggestion = suggest(f.name(), allowed);
                throw error(f.nameLoc(), "unknown field " + quote(f.name()) + (suggestion != null
                        ? " (did you mean " + quote(suggestion) + "?)"
                        : " (expected one of: " + String.join(", ", allowed) + ")"));
            }
        }
    }

    private void requireField(Obj o, String name) throws ScriptException {
        if (!o.fields().containsKey(name)) {
            throw error(o.loc(), "missing field " + quote(name));
        }
    }

    private ScriptException error(Loc loc, String problem) {
        return new ScriptException(file, loc.line(), loc.column(), problem);
    }
}
