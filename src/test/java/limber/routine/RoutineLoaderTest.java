package limber.routine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineLoaderTest {

    @TempDir
    Path dir;

    private static final String FULL_JSON = """
            {
              "format": 1,
              "title": "Back spasm relief",
              "source": "  an article  ",
              "intro": ["You'll need a yoga mat.", "Move slowly."],
              "holdOptions": [
                {"seconds": 20, "label": "gentle"},
                {"seconds": 40, "label": "active"}
              ],
              "defaultHold": 40,
              "restBetweenStretches": 8,
              "settle": 3,
              "countdown": [3, 10, 1],
              "stretches": [
                {
                  "name": "Knee to chest stretch",
                  "steps": [
                    "Lie on your back.",
                    {"say": "Pull your left knee closer.", "pause": 1.5},
                    {"hold": true, "label": "left side"},
                    {"hold": 20},
                    {"rest": 10}
                  ]
                },
                {"name": "Cat cow", "steps": ["Arch your back."]}
              ]
            }
            """;

    private static final String FULL_YAML = """
            format: 1
            title: Back spasm relief
            source: "  an article  "
            intro:
              - You'll need a yoga mat.
              - Move slowly.
            holdOptions:
              - {seconds: 20, label: gentle}
              - seconds: 40
                label: active
            defaultHold: 40
            restBetweenStretches: 8
            settle: 3
            countdown: [3, 10, 1]
            stretches:
              - name: Knee to chest stretch
                steps:
                  - Lie on your back.
                  - say: Pull your left knee closer.
                    pause: 1.5
                  - hold: true
                    label: left side
                  - hold: 20
                  - rest: 10
              - name: Cat cow
                steps: [Arch your back.]
            """;

    private static final Routine FULL = new Routine(
            "Back spasm relief",
            "an article",
            List.of("You'll need a yoga mat.", "Move slowly."),
            List.of(new HoldOption(20, "gentle"), new HoldOption(40, "active")),
            40, 8, 3,
            List.of(10, 3, 1),
            List.of(
                    new Stretch("Knee to chest stretch", List.of(
                            new Step.Say("Lie on your back.", 0),
                            new Step.Say("Pull your left knee closer.", 1.5),
                            new Step.Hold(null, "left side"),
                            new Step.Hold(20, null),
                            new Step.Rest(10))),
                    new Stretch("Cat cow", List.of(new Step.Say("Arch your back.", 0)))));

    private static String json(String message, String text) {
        ScriptException e = assertThrows(ScriptException.class,
                () -> RoutineLoader.parse("x.json", text, false));
        assertEquals(message, e.getMessage());
        return e.getMessage();
    }

    private static String yaml(String message, String text) {
        ScriptException e = assertThrows(ScriptException.class,
                () -> RoutineLoader.parse("x.yaml", text, true));
        assertEquals(message, e.getMessage());
        return e.getMessage();
    }

    /** A valid JSON script whose first stretch has the given steps array. */
    private static String withSteps(String steps) {
        return "{\"title\": \"t\",\n \"stretches\": [{\"name\": \"s\",\n  \"steps\": " + steps + "}]}";
    }

    // ------------------------------------------------------------------ valid scripts

    @Test
    void fullScriptParsesIntoRecords() throws Exception {
        assertEquals(FULL, RoutineLoader.parse("x.json", FULL_JSON, false));
    }

    @Test
    void yamlAndJsonOfTheSameRoutineAreEqual() throws Exception {
        assertEquals(RoutineLoader.parse("x.json", FULL_JSON, false),
                RoutineLoader.parse("x.yaml", FULL_YAML, true));
    }

    @Test
    void minimalScriptGetsDefaults() throws Exception {
        Routine r = RoutineLoader.parse("x.json",
                "{\"title\": \" Quick \", \"stretches\": [{\"name\": \"s\", \"steps\": [\"Breathe.\"]}]}", false);
        assertEquals(new Routine("Quick", null, List.of(), Routine.DEFAULT_HOLD_OPTIONS,
                Routine.DEFAULT_HOLD, Routine.DEFAULT_REST, Routine.DEFAULT_SETTLE,
                Routine.DEFAULT_COUNTDOWN,
                List.of(new Stretch("s", List.of(new Step.Say("Breathe.", 0))))), r);
    }

    @Test
    void defaultHoldIsFirstOptionWhenThirtyIsNotOffered() throws Exception {
        Routine r = RoutineLoader.parse("x.yaml", """
                title: t
                holdOptions: [{seconds: 45, label: long}, {seconds: 60, label: longer}]
                stretches: [{name: s, steps: [a]}]
                """, true);
        assertEquals(45, r.defaultHold());
    }

    @Test
    void emptyCountdownMeansNoCountdown() throws Exception {
        Routine r = RoutineLoader.parse("x.yaml", "title: t\ncountdown: []\nstretches: [{name: s, steps: [a]}]\n", true);
        assertEquals(List.of(), r.countdown());
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        Path json = dir.resolve("r.json");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(json, concat(bom, FULL_JSON.getBytes(StandardCharsets.UTF_8)));
        Path yaml = dir.resolve("r.yml");
        Files.write(yaml, concat(bom, FULL_YAML.getBytes(StandardCharsets.UTF_8)));
        assertEquals(FULL, RoutineLoader.load(json));
        assertEquals(FULL, RoutineLoader.load(yaml));
    }

    @Test
    void loadReadsYamlByExtensionAndJsonOtherwise() throws Exception {
        Path yaml = dir.resolve("r.YAML");
        Files.writeString(yaml, FULL_YAML);
        assertEquals(FULL, RoutineLoader.load(yaml));
        Path other = dir.resolve("r.txt");
        Files.writeString(other, FULL_YAML);
        ScriptException e = assertThrows(ScriptException.class, () -> RoutineLoader.load(other));
        assertEquals(other + ":1:1: malformed JSON: Unrecognized token 'format': was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')", e.getMessage());
    }

    @Test
    void unreadableFileIsAnIOException() {
        assertThrows(IOException.class, () -> RoutineLoader.load(dir.resolve("missing.json")));
    }

    // ------------------------------------------------------------------ field names

    @Test
    void unknownFieldSuggestsTheClosestNameInJson() {
        json("x.json:4:5: unknown field \"hodl\" (did you mean \"hold\"?)",
                withSteps("[\n   {\"hodl\": true}]"));
    }

    @Test
    void unknownFieldSuggestsTheClosestNameInYaml() {
        yaml("x.yaml:5:9: unknown field \"hodl\" (did you mean \"hold\"?)", """
                title: t
                stretches:
                  - name: s
                    steps:
                      - hodl: true
                """);
    }

    @Test
    void unknownFieldDiffersOnlyInCaseIsSuggested() {
        yaml("x.yaml:1:1: unknown field \"Title\" (did you mean \"title\"?)", "Title: t\n");
    }

    @Test
    void unknownFieldWithoutNearNameListsTheExpectedFields() {
        yaml("x.yaml:2:5: unknown field \"color\" (expected one of: name, steps)",
                "stretches:\n  - color: red\n");
    }

    @Test
    void duplicateFieldIsRejected() {
        json("x.json:3:2: duplicate field \"title\"", "{\"title\": \"a\",\n \"settle\": 1,\n \"title\": \"b\"}");
        yaml("x.yaml:2:1: duplicate field \"title\"", "title: a\ntitle: b\n");
    }

    @Test
    void missingTitleIsReportedAtTheStartOfItsObject() {
        json("x.json:2:1: missing field \"title\"",
                "\n{\"stretches\": [{\"name\": \"s\", \"steps\": [\"a\"]}]}");
    }

    @Test
    void missingStepsIsReportedAtTheStartOfTheStretch() {
        yaml("x.yaml:3:5: missing field \"steps\"", "title: t\nstretches:\n  - name: s\n");
    }

    // ------------------------------------------------------------------ values

    @Test
    void wrongTypeNamesTheFieldAndTheValue() {
        json("x.json:2:12: \"title\" must be a string, got number 5", "{\n  \"title\": 5}");
        json("x.json:3:12: \"steps\" must be an array, got object", withSteps("{}"));
    }

    @Test
    void stepOfAnotherTypeIsRejected() {
        json("x.json:3:18: step must be a string or an object with \"say\", \"hold\" or \"rest\", "
                + "got number 3", withSteps("[\"a\", 3]"));
    }

    @Test
    void holdOutOfRangeIsRejected() {
        json("x.json:3:22: hold must be 1..600 seconds, got 0", withSteps("[{\"hold\": 0}]"));
        yaml("x.yaml:2:38: hold must be 1..600 seconds, got 601",
                "title: t\nstretches: [{name: s, steps: [{hold: 601}]}]\n");
    }

    @Test
    void readyTrueTurnsOnReadyWhenYouAreAndIsOffByDefault() throws Exception {
        String yaml = "title: t\nstretches: [{name: s, steps: [a, {hold: true}]}]\n";
        assertEquals(false, RoutineLoader.parse("x.yaml", yaml, true).ready());
        assertEquals(true, RoutineLoader.parse("x.yaml", "ready: true\n" + yaml, true).ready());
        assertEquals(false, RoutineLoader.parse("x.yaml", "ready: false\n" + yaml, true).ready());
    }

    @Test
    void readyThatIsNotABooleanIsRejectedAtItsValue() {
        json("x.json:2:11: \"ready\" must be true or false, got string \"yes\"",
                "{\"title\": \"t\",\n \"ready\": \"yes\", \"stretches\": [{\"name\": \"s\", \"steps\": [\"a\"]}]}");
        yaml("x.yaml:1:8: \"ready\" must be true or false, got number 1", "ready: 1\ntitle: t\n");
    }

    @Test
    void checkInTrueAndASafetyLineAreReadAndOffByDefault() throws Exception {
        String yaml = "title: t\nstretches: [{name: s, steps: [a, {hold: true}]}]\n";
        Routine plain = RoutineLoader.parse("x.yaml", yaml, true);
        assertEquals(false, plain.checkIn());
        assertEquals(null, plain.safety());
        Routine asks = RoutineLoader.parse("x.yaml", "checkIn: true\nsafety: \"  Stop if it hurts. \"\n" + yaml, true);
        assertEquals(true, asks.checkIn());
        assertEquals("Stop if it hurts.", asks.safety());
    }

    @Test
    void checkInThatIsNotABooleanAndABlankSafetyLineAreRejectedAtTheirValues() {
        json("x.json:2:13: \"checkIn\" must be true or false, got string \"yes\"",
                "{\"title\": \"t\",\n \"checkIn\": \"yes\", \"stretches\": [{\"name\": \"s\", \"steps\": [\"a\"]}]}");
        yaml("x.yaml:1:9: \"safety\" must not be blank", "safety: \" \"\ntitle: t\n");
        yaml("x.yaml:1:9: \"safety\" must be a string, got number 3", "safety: 3\ntitle: t\n");
    }

    @Test
    void holdFalseIsRejected() {
        json("x.json:3:22: \"hold\" must be true or an integer number of seconds, got boolean false",
                withSteps("[{\"hold\": false}]"));
    }

    @Test
    void stepWithTwoKindsIsRejected() {
        json("x.json:3:26: step has both \"say\" and \"hold\"; put them in separate steps",
                withSteps("[{\"say\": \"a\", \"hold\": true}]"));
    }

    @Test
    void stepWithNoKindIsRejected() {
        json("x.json:3:13: step needs one of \"say\", \"hold\" or \"rest\"", withSteps("[{}]"));
    }

    @Test
    void fieldOfAnotherStepKindIsRejected() {
        json("x.json:3:25: \"pause\" is only allowed in a \"say\" step, not in a \"rest\" step",
                withSteps("[{\"rest\": 5, \"pause\": 1}]"));
    }

    @Test
    void blankTextIsRejected() {
        json("x.json:2:25: \"name\" must not be blank",
                "{\"title\": \"t\",\n \"stretches\": [{\"name\": \" \\n\\t \", \"steps\": [\"a\"]}]}");
    }

    @Test
    void emptyStepsAreRejected() {
        json("x.json:3:12: \"steps\" must not be empty", withSteps("[]"));
    }

    @Test
    void defaultHoldMustBeOneOfTheOptions() {
        yaml("x.yaml:3:14: defaultHold 20 is not one of the hold options (15, 30, 45)",
                "title: t\nstretches: [{name: s, steps: [a]}]\ndefaultHold: 20\n");
    }

    @Test
    void repeatedCountdownMarkIsRejected() {
        yaml("x.yaml:1:20: countdown mark 3 is repeated", "countdown: [10, 3, 3]\n");
    }

    @Test
    void unsupportedFormatIsRejected() {
        json("x.json:1:12: unsupported format 2 (this version reads format 1)", "{\"format\": 2}");
    }

    @Test
    void longValueIsQuotedShortOnOneLine() {
        String message = json("x.json:1:11: \"title\" must be a string, got number "
                + "1234567890123456789012345678901234567890...", "{\"title\": " + "1234567890".repeat(8) + "}");
        assertFalse(message.contains("\n"));
        json("x.json:1:15: \"stretches\" must be an array, got string "
                        + "\"line one\\nline two\\nline three is rather l...\"",
                "{\"stretches\": \"line one\\nline two\\nline three is rather long and goes on\"}");
    }

    @Test
    void unknownFieldOfControlCharactersIsQuotedAsShortAsAnyOther() {
        // a fuzzing finding: a run of DEL characters, printed as \u007f each, made a 400-character line
        String name = "tt" + "\u007f".repeat(60);
        json("x.json:1:2: unknown field \"tt\\u007f\\u007f\\u007f\\u007f\\u007f\\u007f\\u007f...\""
                + " (expected one of: format, title, source, intro, holdOptions, defaultHold, restBetweenStretches,"
                + " settle, countdown, stretches, language, ready, checkIn, safety, breath)", "{\"" + name + "\": 1}");
    }

    @Test
    void textLongerThanTwoThousandCharactersIsRejected() {
        json("x.json:1:11: \"title\" is too long (2001 characters, at most 2000)",
                "{\"title\": \"" + "a".repeat(2001) + "\"}");
    }

    @Test
    void tooManyStretchesAreRejected() {
        String stretch = "{\"name\": \"s\", \"steps\": [\"a\"]}";
        String text = "{\"title\": \"t\", \"stretches\": [" + (stretch + ",\n").repeat(1000) + stretch + "]}";
        json("x.json:1001:1: too many stretches (at most 1000)", text);
    }

    /** A script with one stretch of {@code holds} steps, each alone on line 2, 3, ... */
    private static String holds(String options, String hold, int holds) {
        return "{\"title\": \"t\", " + options + "\"stretches\": [{\"name\": \"s\", \"steps\": [\n"
                + ("{\"hold\": " + hold + "},\n").repeat(holds - 1) + "{\"hold\": " + hold + "}]}]}";
    }

    @Test
    void routineWhoseHoldsAlonePassTwelveHoursIsRejectedAtTheStepThatDoes() {
        // 71 holds of 2 s settle + 600 s = 42,742 s fit in 43,200; the 72nd does not
        assertEquals(71, assertDoesNotThrow(() -> RoutineLoader.parse("x.json", holds("", "600", 71), false))
                .stretches().get(0).steps().size());
        json("x.json:73:1: routine is longer than 12 hours: its holds, rests and pauses alone pass that "
                + "here (chosen holds at 15 s)", holds("", "600", 72));
    }

    @Test
    void chosenHoldsCountAtTheShortestHoldOption() {
        String options = "\"holdOptions\": [{\"seconds\": 600, \"label\": \"long\"}, "
                + "{\"seconds\": 598, \"label\": \"less long\"}], ";
        // at 598 s, 72 holds take exactly 72 * 600 = 43,200 s: the limit itself is allowed
        assertDoesNotThrow(() -> RoutineLoader.parse("x.json", holds(options, "true", 72), false));
        yaml("x.yaml:74:1: routine is longer than 12 hours: its holds, rests and pauses alone pass that "
                + "here (chosen holds at 598 s)", holds(options, "true", 73));
    }

    @Test
    void restsBetweenStretchesAndPausesCountTowardsTheLength() {
        String stretch = "{\"name\": \"s\", \"steps\": [{\"rest\": 600}, {\"say\": \"x\", \"pause\": 60}]}";
        // each stretch is 660 s and 600 s lie between: the rest of stretch 35 (line 36) passes 43,200 s
        String text = "{\"title\": \"t\", \"restBetweenStretches\": 600, \"stretches\": [\n"
                + (stretch + ",\n").repeat(69) + stretch + "]}";
        json("x.json:36:25: routine is longer than 12 hours: its holds, rests and pauses alone pass that "
                + "here (chosen holds at 15 s)", text);
    }

    // ------------------------------------------------------------------ documents

    @Test
    void malformedJsonIsOneLineAtItsLocation() {
        json("x.json:3:5: malformed JSON: Unexpected character ('}' (code 125)): "
                + "was expecting double-quote to start field name", "{\n  \"title\": \"t\",\n    }");
    }

    @Test
    void malformedJsonKeepsJacksonsPointerToTheOpenObjectShort() {
        json("x.json:3:1: malformed JSON: Unexpected close marker ']': expected '}' "
                + "(for Object starting at 2:2)", "[\n {\"title\": \"t\"\n]");
    }

    @Test
    void malformedYamlIsOneLineAtItsLocation() {
        yaml("x.yaml:2:6: malformed YAML: mapping values are not allowed here", "title: t\n  foo: bar\n");
    }

    @Test
    void emptyScriptIsRejected() {
        json("x.json:1:1: empty script", " \n ");
        yaml("x.yaml:1:1: empty script", "# nothing yet\n");
    }

    @Test
    void topLevelMustBeAnObject() {
        json("x.json:1:1: a routine script must be an object with \"title\" and \"stretches\", got array",
                "[1]");
    }

    @Test
    void contentAfterTheRoutineIsRejected() {
        json("x.json:2:1: unexpected content after the end of the routine", "{}\n{}");
        yaml("x.yaml:3:1: unexpected content after the end of the routine", "title: a\n---\ntitle: b\n");
    }

    @Test
    void yamlAliasIsRejected() {
        yaml("x.yaml:2:12: YAML alias *t is not supported; write the value out in full",
                "title: t\nstretches: *t\n");
    }

    @Test
    void yamlAnchorIsRejected() {
        yaml("x.yaml:2:12: YAML anchor &s is not supported", "title: t\nstretches: &s [{name: a, steps: [b]}]\n");
    }

    @Test
    void deepNestingIsRejected() {
        json("x.json:1:78: nested deeper than 64 levels", "{\"stretches\": " + "[".repeat(100));
        yaml("x.yaml:1:78: nested deeper than 64 levels", "{\"stretches\": " + "[".repeat(100));
    }

    @Test
    void oversizedFileIsRejected() throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(1 << 20) + 1]);
        ScriptException e = assertThrows(ScriptException.class, () -> RoutineLoader.load(big));
        assertEquals(big + ":1:1: script is larger than 1 MiB", e.getMessage());
        json("x.json:1:1: script is larger than 1 MiB", " ".repeat((1 << 20) + 1));
    }

    @Test
    void invalidUtf8IsRejectedAtItsPosition() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.write(bad, concat("title: t\nsource: caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9}));
        ScriptException e = assertThrows(ScriptException.class, () -> RoutineLoader.load(bad));
        assertEquals(bad + ":2:12: invalid UTF-8 (byte 0xE9 at byte offset 20)", e.getMessage());
    }

    @Test
    void yamlNumberWithALeadingZeroIsAmbiguousAndRejectedAtItsPosition() {
        yaml("x.yaml:5:15: number 030 is ambiguous: YAML reads a leading zero as octal (24, not 30); write 30",
                "title: t\nstretches:\n  - name: s\n    steps:\n      - hold: 030\n");
        yaml("x.yaml:1:9: number 010 is ambiguous: YAML reads a leading zero as octal (8, not 10); write 10",
                "settle: 010\n");
        yaml("x.yaml:1:25: number 015 is ambiguous: YAML reads a leading zero as octal (13, not 15); write 15",
                "holdOptions: [{seconds: 015, label: x}]\n");
        // a plain zero, a decimal with a leading zero and a quoted text are no octal
        assertDoesNotThrow(() -> RoutineLoader.parse("x.yaml", "title: t\nrestBetweenStretches: 0\n"
                + "stretches: [{name: s, steps: [{say: \"030\", pause: 01.5}]}]\n", true));
    }

    @Test
    void utf32WithOrWithoutByteOrderMarkIsNamedAsSuch() throws IOException {
        String script = "title: t\nstretches: [{name: s, steps: [x]}]\n";
        Path le = Files.write(dir.resolve("le.yaml"), script.getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
        ScriptException e = assertThrows(ScriptException.class, () -> RoutineLoader.load(le));
        assertEquals(le + ":1:1: the script is UTF-32 (little-endian), not UTF-8; save it as UTF-8", e.getMessage());
        byte[] body = script.getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
        byte[] withMark = new byte[body.length + 4];
        withMark[2] = (byte) 0xFE;
        withMark[3] = (byte) 0xFF;
        System.arraycopy(body, 0, withMark, 4, body.length);
        Path be = Files.write(dir.resolve("be.json"), withMark);
        e = assertThrows(ScriptException.class, () -> RoutineLoader.load(be));
        assertEquals(be + ":1:1: the script is UTF-32 (big-endian), not UTF-8; save it as UTF-8", e.getMessage());
    }

    @Test
    void utf16WithOrWithoutByteOrderMarkIsNamedAsSuch() throws IOException {
        String script = "{\"title\": \"t\", \"stretches\": [{\"name\": \"s\", \"steps\": [\"x\"]}]}";
        Path le = Files.write(dir.resolve("le.json"), script.getBytes(StandardCharsets.UTF_16LE));
        Path be = Files.write(dir.resolve("be.yaml"), "title: t\n".getBytes(StandardCharsets.UTF_16BE));
        Path bom = Files.write(dir.resolve("bom.json"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                script.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(le + ":1:1: the script is UTF-16 (little-endian), not UTF-8; save it as UTF-8",
                assertThrows(ScriptException.class, () -> RoutineLoader.load(le)).getMessage());
        assertEquals(be + ":1:1: the script is UTF-16 (big-endian), not UTF-8; save it as UTF-8",
                assertThrows(ScriptException.class, () -> RoutineLoader.load(be)).getMessage());
        assertEquals(bom + ":1:1: the script is UTF-16 (little-endian), not UTF-8; save it as UTF-8",
                assertThrows(ScriptException.class, () -> RoutineLoader.load(bom)).getMessage());
    }

    @Test
    void yamlTabIsNamedOnceWithoutDoubledBackslashes() {
        yaml("x.yaml:3:1: malformed YAML: a tab character, where YAML allows only spaces (indent with spaces)",
                "title: t\nstretches:\n\t- name: s\n");
    }

    @Test
    void parserMessagesKeepTheirOwnEscapesAsWritten() {
        String m = json("x.json:1:3: malformed JSON: Illegal character ((CTRL-CHAR, code 1)): only regular white "
                + "space (\\r, \\n, \\t) is allowed between tokens", "{\u0001}");
        assertFalse(m.contains("\\\\"), m);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void yamlNumberNotWrittenInDecimalIsRejectedAtItsPosition() {
        yaml("x.yaml:5:15: number 0x1e is not written in decimal (YAML reads it as 30); write 30",
                "title: T\nstretches:\n  - name: A\n    steps:\n      - rest: 0x1e\n");
        yaml("x.yaml:5:15: number 0b11 is not written in decimal (YAML reads it as 3); write 3",
                "title: T\nstretches:\n  - name: A\n    steps:\n      - rest: 0b11\n");
        yaml("x.yaml:5:15: number 1_0 is not written in decimal (YAML reads it as 10); write 10",
                "title: T\nstretches:\n  - name: A\n    steps:\n      - rest: 1_0\n");
    }

    @Test
    void yamlNumberWithALeadingZeroThatIsNoOctalSaysWhatToWrite() {
        ScriptException e = org.junit.jupiter.api.Assertions.assertThrows(ScriptException.class, () -> RoutineLoader.parse("r.yaml",
                "title: T\nstretches:\n  - name: S\n    steps:\n      - hold: 08\n", true));
        assertEquals("r.yaml:5:15: \"hold\" must be true or an integer number of seconds, got string \"08\""
                + " (a number with a leading zero is not read as a number; write 8)", e.getMessage());
    }

    // ------------------------------------------------------------ language

    private static final String TITLE = "{\n  \"title\": \"T\",\n  \"language\": ";
    private static final String REST = ",\n  \"stretches\": [{\"name\": \"N\", \"steps\": [\"x\"]}]}";

    @Test
    void unknownLanguageIsALocatedErrorListingTheLanguagesLimberKnows() {
        json("x.json:3:15: \"language\": \"xx-YY\" is not a language Limber knows (en, de, es, fr, pt-BR, pl, ru, uk)",
                TITLE + "\"xx-YY\"" + REST);
    }

    @Test
    void malformedLanguageTagIsALocatedError() {
        json("x.json:3:15: \"language\": \"de_DE\" is not a BCP 47 language tag (such as de or pt-BR; Limber knows "
                + "en, de, es, fr, pt-BR, pl, ru, uk)", TITLE + "\"de_DE\"" + REST);
        json("x.json:3:15: \"language\" must be a string, got number 7", TITLE + "7" + REST);
    }

    @Test
    void aRegionLimberHasNoWordsForSuggestsTheLanguage() {
        json("x.json:3:15: \"language\": \"de-AT\" is not a language Limber knows (en, de, es, fr, pt-BR, pl, ru, uk; "
                + "did you mean \"de\"?)", TITLE + "\"de-AT\"" + REST);
    }

    @Test
    void languageIsReadInAnyCaseAndDefaultsToEnglish() throws ScriptException {
        assertEquals("pt-BR", RoutineLoader.parse("x.json", TITLE + "\"pt-br\"" + REST, false).language());
        assertEquals("en", RoutineLoader.parse("x.json", "{\"title\": \"T\"" + REST, false).language());
        assertEquals("ru", RoutineLoader.parse("x.yaml", "title: T\nlanguage: ru\nstretches:\n  - name: N\n    steps: [x]\n",
                true).language());
    }

    @Test
    void theLoaderKnowsExactlyTheLanguagesThatHaveACatalogue() {
        assertEquals(limber.words.Catalogue.LANGUAGES, ScriptChecker.LANGUAGES);
    }
}
