package limber.routine;

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
import java.util.Locale;

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
 * keeps every value's line and column ({@link LocatedTree}); the tree is then checked field by
 * field ({@link ScriptChecker}). Hostile input is
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
    /** A text of a script and where it is: {@code FILE:LINE:COLUMN}, what it is ("step", "\"name\""). */
    public record Located(String where, String subject, String text) {
    }

    public static Routine load(Path file) throws ScriptException, IOException {
        return load(file, text -> { });
    }

    /** As {@link #load(Path)}, handing every text of the script with its place to {@code texts}. */
    public static Routine load(Path file, java.util.function.Consumer<Located> texts) throws ScriptException, IOException {
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
        return parse(name, decode(name, bytes), isYaml(file), texts);
    }

    /**
     * Parses script text. {@code displayName} is the FILE in error messages; a leading byte order
     * mark is ignored.
     *
     * @throws ScriptException the text is not a valid routine
     */
    public static Routine parse(String displayName, String text, boolean yaml) throws ScriptException {
        return parse(displayName, text, yaml, t -> { });
    }

    /** As {@link #parse(String, String, boolean)}, handing every text with its place to {@code texts}. */
    public static Routine parse(String displayName, String text, boolean yaml, java.util.function.Consumer<Located> texts)
            throws ScriptException {
        if (text.length() > MAX_BYTES || utf8Length(text) > MAX_BYTES) {
            throw tooLarge(displayName);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LocatedTree.Node root = new LocatedTree.TreeReader(displayName, yaml).read(text);
        return new ScriptChecker(displayName, texts).routine(root);
    }

    static boolean isYaml(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return s.endsWith(".yaml") || s.endsWith(".yml");
    }

    /**
     * Strict UTF-8: a bad byte is reported at its line and column, not replaced. A UTF-16 file
     * (what some Windows editors save as "Unicode") or a UTF-32 one, with or without its byte
     * order mark, is named as such: read as UTF-8 it would be NULs or an invalid first byte.
     */
    static String decode(String file, byte[] bytes) throws ScriptException {
        String utf16 = utf16(bytes);
        if (utf16 != null) {
            throw new ScriptException(file, 1, 1, "the script is " + utf16 + ", not UTF-8; save it as UTF-8");
        }
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

    /**
     * "UTF-16 (little-endian)" or "(big-endian)" when {@code bytes} start with that byte order
     * mark, or when their first 200 bytes have a zero byte in every other place (text in a
     * Latin script) and none in the others; null otherwise.
     */
    public static String utf16(byte[] bytes) {
        String utf32 = utf32(bytes);
        if (utf32 != null) {
            return utf32;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return "UTF-16 (little-endian)";
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return "UTF-16 (big-endian)";
        }
        int n = Math.min(bytes.length, 200) / 2;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i++) {
            evenZeros += bytes[2 * i] == 0 ? 1 : 0;
            oddZeros += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (evenZeros == 0 && oddZeros * 2 >= n) {
            return "UTF-16 (little-endian)";
        }
        if (oddZeros == 0 && evenZeros * 2 >= n) {
            return "UTF-16 (big-endian)";
        }
        return null;
    }

    /**
     * "UTF-32 (little-endian)" or "(big-endian)" for a byte order mark of UTF-32, or for first 200
     * bytes whose every four hold three zero bytes in the same places (text in a Latin script).
     */
    private static String utf32(byte[] bytes) {
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            return "UTF-32 (little-endian)";
        }
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF) {
            return "UTF-32 (big-endian)";
        }
        int n = Math.min(bytes.length, 200) / 4;
        if (n < 4) {
            return null;
        }
        boolean little = true;
        boolean big = true;
        for (int i = 0; i < n; i++) {
            int b = 4 * i;
            little &= bytes[b] != 0 && bytes[b + 1] == 0 && bytes[b + 2] == 0 && bytes[b + 3] == 0;
            big &= bytes[b] == 0 && bytes[b + 1] == 0 && bytes[b + 2] == 0 && bytes[b + 3] != 0;
        }
        return little ? "UTF-32 (little-endian)" : big ? "UTF-32 (big-endian)" : null;
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
}
