package limber.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Holds in breaths in a script: {@code {"hold": true, "breaths": 5}} and the routine's {@code "breath"}. */
class BreathHoldLoaderTest {

    private static final String JSON = """
            {
              "title": "Breathing",
              "breath": 4.5,
              "stretches": [
                {"name": "Child's pose", "steps": [
                  "Sit back on your heels.",
                  {"hold": true, "breaths": 5, "label": "left side"},
                  {"hold": true}
                ]}
              ]
            }
            """;

    private static final String YAML = """
            title: Breathing
            breath: 4.5
            stretches:
              - name: Child's pose
                steps:
                  - Sit back on your heels.
                  - hold: true
                    breaths: 5
                    label: left side
                  - hold: true
            """;

    private static void json(String message, String text) {
        ScriptException e = assertThrows(ScriptException.class, () -> RoutineLoader.parse("x.json", text, false));
        assertEquals(message, e.getMessage());
    }

    private static void yaml(String message, String text) {
        ScriptException e = assertThrows(ScriptException.class, () -> RoutineLoader.parse("x.yaml", text, true));
        assertEquals(message, e.getMessage());
    }

    /** A JSON script whose one stretch has {@code steps}, with {@code top} fields before "stretches". */
    private static String withSteps(String top, String steps) {
        return "{\"title\": \"t\"," + top + "\n \"stretches\": [{\"name\": \"s\",\n  \"steps\": " + steps + "}]}";
    }

    @Test
    void holdInBreathsLoadsFromJsonAndYamlAlike() throws ScriptException {
        Routine fromJson = RoutineLoader.parse("x.json", JSON, false);
        Routine fromYaml = RoutineLoader.parse("x.yaml", YAML, true);
        assertEquals(List.of(new Step.Say("Sit back on your heels.", 0), Step.Hold.inBreaths(5, "left side"),
                new Step.Hold(null, null)), fromJson.stretches().get(0).steps());
        assertEquals(4.5, fromJson.breath());
        assertEquals(fromJson, fromYaml);
    }

    @Test
    void holdInBreathsIsAFixedHoldNotOneOfTheChosenLength() throws ScriptException {
        Routine r = RoutineLoader.parse("x.json", JSON, false);
        assertEquals(2, r.holds());
        assertEquals(1, r.chosenHolds());
        assertEquals(1, r.breathHolds());
        assertEquals(22.5, r.breathHoldSeconds(5));
    }

    @Test
    void breathIsFiveSecondsWhenNotGiven() throws ScriptException {
        Routine r = RoutineLoader.parse("x.json", withSteps("", "[{\"hold\": true, \"breaths\": 3}]"), false);
        assertEquals(Routine.DEFAULT_BREATH, r.breath());
        assertEquals(5.0, r.breath());
        assertEquals(15.0, r.breathHoldSeconds(3));
    }

    @Test
    void zeroNegativeAndFractionalBreathsAreRejectedAtTheirValue() {
        json("x.json:3:39: breaths must be 1..120 (at 5 s a breath a hold is at most 600 s), got 0",
                withSteps("", "[{\"hold\": true, \"breaths\": 0}]"));
        json("x.json:3:39: breaths must be 1..120 (at 5 s a breath a hold is at most 600 s), got -3",
                withSteps("", "[{\"hold\": true, \"breaths\": -3}]"));
        json("x.json:3:39: \"breaths\" must be a whole number of breaths, got number 2.5",
                withSteps("", "[{\"hold\": true, \"breaths\": 2.5}]"));
        json("x.json:3:39: \"breaths\" must be a whole number of breaths, got string \"five\"",
                withSteps("", "[{\"hold\": true, \"breaths\": \"five\"}]"));
        yaml("x.yaml:6:18: breaths must be 1..120 (at 5 s a breath a hold is at most 600 s), got 0", """
                title: t
                stretches:
                  - name: s
                    steps:
                      - hold: true
                        breaths: 0
                """);
        yaml("x.yaml:6:18: \"breaths\" must be a whole number of breaths, got number 1.5", """
                title: t
                stretches:
                  - name: s
                    steps:
                      - hold: true
                        breaths: 1.5
                """);
    }

    @Test
    void breathsThatMakeAHoldLongerThanSixHundredSecondsAreRejectedAtTheirValue() {
        // 121 breaths of 5 s is 605 s; at 10 s a breath, 61 is 610 s
        json("x.json:3:39: breaths must be 1..120 (at 5 s a breath a hold is at most 600 s), got 121",
                withSteps("", "[{\"hold\": true, \"breaths\": 121}]"));
        json("x.json:3:39: breaths must be 1..60 (at 10 s a breath a hold is at most 600 s), got 61",
                withSteps(" \"breath\": 10,", "[{\"hold\": true, \"breaths\": 61}]"));
        yaml("x.yaml:7:18: breaths must be 1..133 (at 4.5 s a breath a hold is at most 600 s), got 134", """
                title: t
                stretches:
                  - name: s
                    steps:
                      - hold: true
                        label: left side
                        breaths: 134
                breath: 4.5
                """);
    }

    @Test
    void breathsOnAStepThatIsNoHoldIsRejectedAtTheField() {
        json("x.json:3:26: \"breaths\" is only allowed in a \"hold\" step, not in a \"say\" step",
                withSteps("", "[{\"say\": \"a\", \"breaths\": 5}]"));
        json("x.json:3:25: \"breaths\" is only allowed in a \"hold\" step, not in a \"rest\" step",
                withSteps("", "[{\"rest\": 5, \"breaths\": 5}]"));
        yaml("x.yaml:5:9: step needs one of \"say\", \"hold\" or \"rest\" (a hold in breaths is {\"hold\": true, \"breaths\": 5})", """
                title: t
                stretches:
                  - name: s
                    steps:
                      - breaths: 5
                """);
    }

    @Test
    void breathsWithAHoldInSecondsIsRejectedAtTheField() {
        json("x.json:3:26: \"breaths\" goes with \"hold\": true, not with \"hold\": 20 (a hold is timed in seconds or "
                + "in breaths, not both)", withSteps("", "[{\"hold\": 20, \"breaths\": 5}]"));
        json("x.json:3:22: \"hold\" must be true or an integer number of seconds, got boolean false",
                withSteps("", "[{\"hold\": false, \"breaths\": 5}]"));
    }

    @Test
    void breathOutOfBoundsOrFinerThanATenthIsRejectedAtItsValue() {
        json("x.json:1:26: breath must be 2..15 seconds, got 1.5", withSteps(" \"breath\": 1.5,", "[\"a\"]"));
        json("x.json:1:26: breath must be 2..15 seconds, got 16", withSteps(" \"breath\": 16,", "[\"a\"]"));
        json("x.json:1:26: breath must be 2..15 seconds in tenths of a second (such as 4.5), got 4.25",
                withSteps(" \"breath\": 4.25,", "[\"a\"]"));
        json("x.json:1:26: \"breath\" must be a number of seconds, got string \"slow\"",
                withSteps(" \"breath\": \"slow\",", "[\"a\"]"));
        yaml("x.yaml:1:9: breath must be 2..15 seconds, got 0", "breath: 0\ntitle: t\n");
    }

    @Test
    void misspelledBreathFieldsSuggestTheRightOne() {
        json("x.json:3:28: unknown field \"breath\" (did you mean \"breaths\"?)",
                withSteps("", "[{\"hold\": true, \"breath\": 5}]"));
        yaml("x.yaml:1:1: unknown field \"breaths\" (did you mean \"breath\"?)", "breaths: 5\ntitle: t\n");
    }

    @Test
    void holdsInBreathsCountTowardsTheTwelveHourLimitAtTheirLength() {
        // 80 steps of 120 breaths of 5 s (600 s) and a settle of 2 s: the 72nd passes 12 hours
        StringBuilder steps = new StringBuilder("[");
        for (int i = 0; i < 80; i++) {
            steps.append(i == 0 ? "" : ",\n").append("{\"hold\": true, \"breaths\": 120}");
        }
        json("x.json:74:1: routine is longer than 12 hours: its holds, rests and pauses alone pass that here (chosen "
                + "holds at 15 s)", withSteps("", steps + "]"));
    }

    @Test
    void writerWritesTheBreathAndTheBreathsAndReadsBackTheSameRoutine() throws ScriptException {
        Routine r = RoutineLoader.parse("x.json", JSON, false);
        String written = RoutineWriter.json(r);
        assertEquals(r, RoutineLoader.parse("y.json", written, false));
        assertEquals(true, written.contains("\"breath\": 4.5,\n"), written);
        assertEquals(true, written.contains("{\n          \"hold\": true,\n          \"breaths\": 5,\n"
                + "          \"label\": \"left side\"\n        }"), written);
    }
}
