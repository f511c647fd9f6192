package limber.routine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a routine script (JSON or YAML) into a {@link Routine}, or says exactly where it is wrong.
 *
 * <pre>{@code
 * title: Back spasm relief
 * stretches:
 *   - name: Knee to chest stretch
 *     steps:
 *       - Lie on your back.
 *       - hold: true
 *         label: left side
 * }</pre>
 * loads as a routine with the default hold options (15/30/45, default 30), rest 5, settle 2
 * and countdown 10, 3, 2, 1. A mistake such as {@code hodl: true} fails with
 * {@code FILE:6:9: unknown field "hodl" (did you mean "hold"?)}.
 *
 * <p>The script is read token by token with Jackson's streaming parser into a small tree that
 * keeps every value's line and column; the tree is then checked field by field. Hostile input is
 * bounded before any work is done: at most 1 MiB, 64 levels of nesting, 1,000 stretches, 10,000
 * steps and 2,000 characters per text; YAML anchors and aliases are refused rather than expanded.
 * A routine whose holds, rests and pauses alone run past {@link Routine#MAX_SESSION_SECONDS} is
 * refused at the step where it does.
 */
public final class RoutineLoader {

    /** Largest script accepted, in bytes of UTF-8. */
    public static final int MAX_BYTES = 1 << 20;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRETCHES = 1_000;
    public static final int MAX_STEPS = 10_000;
    public static final int MAX_TEXT = 2_000;
    /** Hold options are chosen with one key each, so at most 1..9. */
    public static final int MAX_HOLD_OPTIONS = 9;
    public static final int MAX_PAUSE = 60;
    public static final int MAX_SETTLE = 60;

    private static final List<String> ROUTINE_FIELDS = List.of("format", "title", "source", "intro",
            "holdOptions", "defaultHold", "restBetweenStretches", "settle", "countdown", "stretches");
    private static final List<String> OPTION_FIELDS = List.of("seconds", "label");
    private static final List<String> STRETCH_FIELDS = List.of("name", "steps");
    private static final List<String> STEP_FIELDS = List.of("say", "pause", "hold", "label", "rest");
    private static final List<String> STEP_KINDS = List.of("say", "hold", "rest");

    /** Longest quoted value in a message, in characters. */
    private static final int QUOTE_LIMIT = 40;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            // One more than our own limit, so that ours (with its plain message) fires first.
            .maxNestingDepth(MAX_DEPTH + 1)
            .maxStringLength(MAX_BYTES)
            .maxNameLength(MAX_BYTES)
            .maxDocumentLength(MAX_BYTES)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .build();

    /** The YAML factory, built on first use: a JSON script (the shipped ones) never loads it. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .streamReadConstraints(CONSTRAINTS)
                .loaderOptions(yamlLoaderOptions())
                .build();

        // Returns the supertype so that verifying the caller needs no YAML class.
        static JsonParser parser(String text) throws IOException {
            return FACTORY.createParser(text);
        }
    }

    private RoutineLoader() {
    }

    /**
     * Loads a script file: YAML when the name ends in {@code .yaml} or {@code .yml} (any case),
     * JSON otherwise. Error messages name the file as {@code file.toString()}.
     *
     * @throws ScriptException the script is not a valid routine (too big, not UTF-8, malformed,
     *                         or breaking a rule of the format)
     * @throws IOException     the file cannot be read
     */
    public static Routine load(Path file) throws ScriptException, IOException {
        String name = file.toString();
        // Checked before reading so that a huge file costs nothing; the bounded read below
        // covers files that grow meanwhile and special files whose size is unknown.
        if (Files.size(file) > MAX_BYTES) {
            throw tooLarge(name);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name);
        }
        return parse(name, decode(name, bytes), isYaml(file));
    }

    /**
     * Parses script text. {@code displayName} is the FILE in error messages; a leading byte order
     * mark is ignored.
     *
     * @throws ScriptException the text is not a valid routine
     */
    public static Routine parse(String displayName, String text, boolean yaml) throws ScriptException {
        if (text.length() > MAX_BYTES || utf8Length(text) > MAX_BYTES) {
            throw tooLarge(displayName);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Node root = new TreeReader(displayName, yaml).read(text);
        return new Checker(displayName).routine(root);
    }

    static boolean isYaml(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return s.endsWith(".yaml") || s.endsWith(".yml");
    }

    /** Strict UTF-8: a bad byte is reported at its line and column, not replaced. */
    static String decode(String file, byte[] bytes) throws ScriptException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = out.flip().toString();
            int line = 1;
            int column = 1;
            for (int i = 0; i < before.length(); i++) {
                char c = before.charAt(i);
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (i == 0 && c == '\uFEFF') {
                    continue;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            throw new ScriptException(file, line, column, String.format(Locale.ROOT,
                    "invalid UTF-8 (byte 0x%02X at byte offset %d)", bytes[in.position()] & 0xFF, in.position()));
        }
        decoder.flush(out); // a no-op for UTF-8, but part of the decoder protocol
        return out.flip().toString();
    }

    private static ScriptException tooLarge(String file) {
        return new ScriptException(file, 1, 1, "script is larger than 1 MiB");
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static LoaderOptions yamlLoaderOptions() {
        LoaderOptions options = new LoaderOptions();
        // Backstops only: our own depth check and size limit come first with clearer messages.
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(MAX_BYTES + 1);
        options.setMaxAliasesForCollections(0);
        return options;
    }

    // ---------------------------------------------------------------- the located tree

    private record Loc(int line, int column) {
        static Loc of(JsonLocation l) {
            if (l == null) {
                return new Loc(1, 1);
            }
            return new Loc(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        }
    }

    private sealed interface Node {
        Loc loc();
    }

    private record Field(String name, Loc nameLoc, Node value) {
    }

    private record Obj(Loc loc, Map<String, Field> fields) implements Node {
    }

    private record Arr(Loc loc, List<Node> items) implements Node {
    }

    /** A string, number, boolean or null; {@code intValue} is null unless an int fits. */
    private record Scalar(Loc loc, JsonToken token, String text, Integer intValue, double number)
            implements Node {
    }

    /** Jackson tokens to a {@link Node} tree; every Jackson failure becomes a ScriptException. */
    private static final class TreeReader {
        private final String file;
        private final boolean yaml;
        private JsonParser parser;

        TreeReader(String file, boolean yaml) {
            this.file = file;
            this.yaml = yaml;
        }

        Node read(String text) throws ScriptException {
            try (JsonParser p = yaml ? Yaml.parser(text) : JSON.createParser(text)) {
                parser = p;
                JsonToken first = next();
                // In YAML a lone "---" is a document holding one empty scalar: as empty as none.
                boolean emptyYaml = yaml && (first == JsonToken.VALUE_NULL || first == JsonToken.VALUE_STRING)
                        && p.getText().isEmpty();
                if (first == null || emptyYaml) {
                    throw new ScriptException(file, 1, 1, "empty script");
                }
                Node root = value(first, 1);
                if (next() != null) {
                    throw error(here(), "unexpected content after the end of the routine");
                }
                return root;
            } catch (JsonProcessingException e) {
                throw malformed(e, e.getLocation(), e.getOriginalMessage());
            } catch (IOException | RuntimeException e) {
                throw malformed(e, null, e.getMessage());
            }
        }

        private Node value(JsonToken token, int depth) throws IOException, ScriptException {
            Loc loc = here();
            switch (token) {
                case START_OBJECT -> {
                    checkDepth(loc, depth);
                    Map<String, Field> fields = new LinkedHashMap<>();
                    for (JsonToken t = next(); t != JsonToken.END_OBJECT; t = next()) {
                        if (t != JsonToken.FIELD_NAME) {
                            throw error(here(), "expected a field name, got " + t.asString());
                        }
                        String name = parser.currentName();
                        Loc nameLoc = here();
                        if (yaml && name.equals("<<")) {
                            throw error(nameLoc, "YAML merge keys (<<) are not supported");
                        }
                        if (fields.containsKey(name)) {
                            throw error(nameLoc, "duplicate field " + quote(name));
                        }
                        fields.put(name, new Field(name, nameLoc, value(next(), depth + 1)));
                    }
                    return new Obj(loc, fields);
                }
                case START_ARRAY -> {
                    checkDepth(loc, depth);
                    List<Node> items = new ArrayList<>();
                    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
                        items.add(value(t, depth + 1));
                    }
                    return new Arr(loc, items);
                }
                case VALUE_NUMBER_INT -> {
                    Integer i = parser.getNumberType() == JsonParser.NumberType.INT
                            ? parser.getIntValue() : null;
                    return new Scalar(loc, token, parser.getText(), i, parser.getDoubleValue());
                }
                case VALUE_NUMBER_FLOAT -> {
                    return new Scalar(loc, token, parser.getText(), null, parser.getDoubleValue());
                }
                case VALUE_STRING, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
                    return new Scalar(loc, token, parser.getText(), null, Double.NaN);
                }
                default -> throw error(loc, "unexpected " + token.asString());
            }
        }

        private void checkDepth(Loc loc, int depth) throws ScriptException {
            if (depth > MAX_DEPTH) {
                throw error(loc, "nested deeper than " + MAX_DEPTH + " levels");
            }
        }

        /**
         * The next token, refusing YAML aliases and anchors: a script is a plain tree, and expanded
         * aliases are the classic YAML bomb. Jackson's streaming parser never expands an alias (it
         * hands us the alias name), so the refusal is about a clear message. Jackson reports anchors
         * on objects, arrays and keys but not on scalar values; an anchor there is harmless, since
         * every alias that could use it is refused.
         */
        private JsonToken next() throws IOException, ScriptException {
            JsonToken t = parser.nextToken();
            if (yaml && t != null && parser instanceof YAMLParser y) {
                if (y.isCurrentAlias()) {
                    throw error(here(), "YAML alias *" + printable(y.getText())
                            + " is not supported; write the value out in full");
                }
                String anchor = y.getCurrentAnchor();
                if (anchor != null) {
                    throw error(here(), "YAML anchor &" + printable(anchor) + " is not supported");
                }
            }
            if (t == null && parser.getParsingContext() != null && !parser.getParsingContext().inRoot()) {
                throw error(here(), "unexpected end of script");
            }
            return t;
        }

        private Loc here() {
            return Loc.of(parser.currentTokenLocation());
        }

        private ScriptException error(Loc loc, String problem) {
            return new ScriptException(file, loc.line(), loc.column(), problem);
        }

        private ScriptException malformed(Exception e, JsonLocation location, String message) {
            String kind = yaml ? "malformed YAML: " : "malformed JSON: ";
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                    Mark mark = m.getProblemMark();
                    return new ScriptException(file, mark.getLine() + 1, mark.getColumn() + 1,
                            kind + oneLine(m.getProblem()));
                }
            }
            Loc loc = location != null && location.getLineNr() > 0 ? Loc.of(location)
                    : parser != null ? Loc.of(parser.currentLocation()) : new Loc(1, 1);
            return error(loc, kind + oneLine(message != null ? message : e.getClass().getSimpleName()));
        }
    }

    // ---------------------------------------------------------------- checking the tree

    /** Checks a tree against the script format and builds the routine. */
    private static final class Checker {
        private final String file;
        private int steps;
        /** Where each stretch and each step began, in the routine's order, for the length check. */
        private final List<Loc> stretchLocs = new ArrayList<>();
        private final List<Loc> stepLocs = new ArrayList<>();

        Checker(String file) {
            this.file = file;
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
                    case "settle" -> settle = integer(v, "\"settle\"", "settle", 0, MAX_SETTLE);
                    case "countdown" -> countdown = countdown(v);
                    case "stretches" -> stretches = stretches(v);
                    default -> throw new AssertionError(f.name());
                }
            }
            requireField(o, "title");
            requireField(o, "stretches");
            int hold = defaultHold(o, options, defaultHold);
            Routine routine = new Routine(title, source, intro, options, hold, rest, settle, countdown, stretches);
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
                        seconds += r.settle() + (h.seconds() == null ? shortest : h.seconds());
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
                if (options.size() == MAX_HOLD_OPTIONS) {
                    throw error(item.loc(), "too many hold options (at most " + MAX_HOLD_OPTIONS
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
                if (stretches.size() == MAX_STRETCHES) {
                    throw error(item.loc(), "too many stretches (at most " + MAX_STRETCHES + ")");
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
                if (++this.steps > MAX_STEPS) {
                    throw error(item.loc(), "too many steps (at most " + MAX_STEPS + " in a routine)");
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
                throw error(o.loc(), "step needs one of \"say\", \"hold\" or \"rest\"");
            }
            onlyWith(o, "pause", "say", kind);
            onlyWith(o, "label", "hold", kind);
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
                    if (v instanceof Scalar s && s.token() == JsonToken.VALUE_TRUE) {
                        return new Step.Hold(null, text);
                    }
                    if (!(v instanceof Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT)) {
                        throw error(v.loc(), "\"hold\" must be true or an integer number of seconds, got "
                                + describe(v));
                    }
                    return new Step.Hold(integer(v, "\"hold\"", "hold", Routine.MIN_HOLD, Routine.MAX_HOLD), text);
                }
                default -> {
                    return new Step.Rest(integer(v, "\"rest\"", "rest", 1, Routine.MAX_HOLD));
                }
            }
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
            if (!(s.number() >= 0 && s.number() <= MAX_PAUSE)) {
                throw error(v.loc(), "pause must be 0.." + MAX_PAUSE + " seconds, got " + shorten(s.text()));
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
            if (length > MAX_TEXT) {
                throw error(v.loc(), subject + " is too long (" + length + " characters, at most "
                        + MAX_TEXT + ")");
            }
            return text;
        }

        /** An integer in lo..hi; {@code subject} names it for type errors, {@code what} for range. */
        private int integer(Node v, String subject, String what, int lo, int hi) throws ScriptException {
            if (!(v instanceof Scalar s) || s.token() != JsonToken.VALUE_NUMBER_INT) {
                throw error(v.loc(), subject + " must be an integer, got " + describe(v));
            }
            Integer i = s.intValue();
            if (i == null || i < lo || i > hi) {
                throw error(v.loc(), what + " must be " + lo + ".." + hi + " seconds, got " + shorten(s.text()));
            }
            return i;
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

    // ---------------------------------------------------------------- messages

    /** The allowed name closest to {@code name}: same but for case, or at most 2 edits away. */
    static String suggest(String name, List<String> allowed) {
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

    private static String describe(Node v) {
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
    static String quote(String s) {
        return "\"" + shorten(s).replace("\"", "\\\"") + "\"";
    }

    /** One line, no control characters, at most about 40 characters. */
    static String shorten(String s) {
        boolean cut = s.codePointCount(0, s.length()) > QUOTE_LIMIT;
        String head = cut ? s.substring(0, s.offsetByCodePoints(0, QUOTE_LIMIT)) : s;
        return printable(head) + (cut ? "..." : "");
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\\' -> b.append("\\\\");
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

    private static String oneLine(String message) {
        String first = SOURCE_AT.matcher(message).replaceAll(" at $1:$2").strip()
                .lines().findFirst().orElse("");
        int at = first.indexOf(" at [Source:");
        if (at >= 0) {
            first = first.substring(0, at);
        }
        first = printable(FEATURE_ADVICE.matcher(first).replaceFirst(""));
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }
}
