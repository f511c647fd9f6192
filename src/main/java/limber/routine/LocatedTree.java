package limber.routine;

import static limber.routine.Messages.oneLine;
import static limber.routine.Messages.printable;
import static limber.routine.Messages.quote;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A script as a small tree that keeps every value's line and column: what the checker reads.
 * {@link TreeReader} makes it from Jackson's streaming parser (JSON, or YAML through the same
 * token stream), so that a JSON and a YAML script give the same tree and the same messages.
 *
 * <pre>{@code
 * title: T            Obj(1:1) {title: Scalar(1:8, VALUE_STRING, "T"),
 * stretches: []              stretches: Arr(2:12, [])}
 * }</pre>
 *
 * Every Jackson or SnakeYAML failure becomes one located {@link ScriptException}; nesting
 * deeper than {@link RoutineLoader#MAX_DEPTH} and YAML anchors, aliases and merge keys are
 * refused while reading, before any tree is built for them.
 */
final class LocatedTree {
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            // One more than our own limit, so that ours (with its plain message) fires first.
            .maxNestingDepth(RoutineLoader.MAX_DEPTH + 1)
            .maxStringLength(RoutineLoader.MAX_BYTES)
            .maxNameLength(RoutineLoader.MAX_BYTES)
            .maxDocumentLength(RoutineLoader.MAX_BYTES)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .build();

    /** The YAML factory, built on first use: a JSON script (the shipped ones) never loads it. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .streamReadConstraints(CONSTRAINTS)
                .loaderOptions(loaderOptions())
                .build();

        // Returns the supertype so that verifying the caller needs no YAML class.
        static JsonParser parser(String text) throws IOException {
            return FACTORY.createParser(text);
        }

        private static LoaderOptions loaderOptions() {
            LoaderOptions options = new LoaderOptions();
            // Backstops only: our own depth check and size limit come first with clearer messages.
            options.setNestingDepthLimit(RoutineLoader.MAX_DEPTH + 1);
            options.setCodePointLimit(RoutineLoader.MAX_BYTES + 1);
            options.setMaxAliasesForCollections(0);
            return options;
        }
    }

    /**
     * A YAML integer with a leading zero, which YAML 1.1 (and so Jackson) reads as octal:
     * {@code hold: 030} would be 24 seconds. JSON refuses such numbers outright.
     */
    static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+");
    /** A number as the script format writes it: decimal digits, perhaps a sign. */
    static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");

    private LocatedTree() {
    }

    /**
     * "number 030 is ambiguous: YAML reads a leading zero as octal (24, not 30); write 30". The
     * writer may have meant either, so neither is taken; {@code value} is what YAML read.
     */
    static String leadingZero(String text, Number value) {
        String sign = text.startsWith("-") ? "-" : "";
        String digits = text.replaceFirst("^[-+]", "").replace("_", "").replaceFirst("^0+(?=.)", "");
        String decimal = sign + digits;
        return "number " + text + " is ambiguous: YAML reads a leading zero as octal (" + value
                + ", not " + decimal + "); write " + decimal;
    }

    record Loc(int line, int column) {
        static Loc of(JsonLocation l) {
            if (l == null) {
                return new Loc(1, 1);
            }
            return new Loc(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        }
    }

    sealed interface Node {
        Loc loc();
    }

    record Field(String name, Loc nameLoc, Node value) {
    }

    record Obj(Loc loc, Map<String, Field> fields) implements Node {
    }

    record Arr(Loc loc, List<Node> items) implements Node {
    }

    /** A string, number, boolean or null; {@code intValue} is null unless an int fits. */
    record Scalar(Loc loc, JsonToken token, String text, Integer intValue, double number)
            implements Node {
    }

    /** Jackson tokens to a {@link Node} tree; every Jackson failure becomes a ScriptException. */
    static final class TreeReader {
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
                    if (yaml && LEADING_ZERO.matcher(parser.getText()).matches()) {
                        throw error(loc, leadingZero(parser.getText(), parser.getNumberValue()));
                    }
                    if (yaml && !DECIMAL.matcher(parser.getText()).matches()) {
                        // 0x1e, 0b11, 1_0: YAML 1.1 reads them, JSON and a reader of the script do not
                        throw error(loc, "number " + parser.getText() + " is not written in decimal (YAML reads it as "
                                + parser.getNumberValue() + "); write " + parser.getNumberValue());
                    }
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
            if (depth > RoutineLoader.MAX_DEPTH) {
                throw error(loc, "nested deeper than " + RoutineLoader.MAX_DEPTH + " levels");
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
                    // SnakeYAML writes a tab as '\t(TAB)' and says so twice
                    String problem = m.getProblem() != null && m.getProblem().contains("(TAB)")
                            ? "a tab character, where YAML allows only spaces (indent with spaces)"
                            : oneLine(m.getProblem());
                    return new ScriptException(file, mark.getLine() + 1, mark.getColumn() + 1, kind + problem);
                }
            }
            Loc loc = location != null && location.getLineNr() > 0 ? Loc.of(location)
                    : parser != null ? Loc.of(parser.currentLocation()) : new Loc(1, 1);
            return error(loc, kind + oneLine(message != null ? message : e.getClass().getSimpleName()));
        }
    }
}
