package limber.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutineWriterTest {

    @Test
    void shippedSeedIsWrittenBackByteForByte() throws Exception {
        Path seed = Path.of("scripts/back-spasm-relief.json");
        assertEquals(Files.readString(seed), RoutineWriter.json(RoutineLoader.load(seed)));
    }

    @Test
    void everyKindOfStepSurvivesTheRoundTrip() throws Exception {
        Routine r = new Routine("Tiny", "a \"quoted\" source", List.of("You'll need a mat."),
                List.of(new HoldOption(20, "gentle"), new HoldOption(40, "active")), 40, 0, 3, List.of(),
                List.of(new Stretch("Reach", List.of(
                        new Step.Say("Reach up.", 0),
                        new Step.Say("Breathe out.", 1.5),
                        new Step.Say("Relax.", 2),
                        new Step.Hold(null, "left side"),
                        new Step.Hold(20, null),
                        new Step.Rest(10)))));
        assertEquals(r, RoutineLoader.parse("x.json", RoutineWriter.json(r), false));
    }

    @Test
    void readySurvivesTheRoundTrip() throws Exception {
        Routine r = new Routine("Tiny", null, List.of(), Routine.DEFAULT_HOLD_OPTIONS, 30, 5, 2, List.of(),
                List.of(new Stretch("Fold", List.of(new Step.Say("Fold.", 0), new Step.Hold(null, null)))), true);
        String json = RoutineWriter.json(r);
        assertTrue(json.contains("\"ready\": true"), json);
        assertEquals(r, RoutineLoader.parse("x.json", json, false));
    }

    @Test
    void checkInAndTheSafetyLineSurviveTheRoundTrip() throws Exception {
        Routine r = new Routine("Tiny", null, List.of(), Routine.DEFAULT_HOLD_OPTIONS, 30, 5, 2, List.of(),
                List.of(new Stretch("Fold", List.of(new Step.Say("Fold.", 0), new Step.Hold(null, null)))), "en", false,
                true, "Stop if it hurts.");
        String json = RoutineWriter.json(r);
        assertTrue(json.contains("\"checkIn\": true") && json.contains("\"safety\": \"Stop if it hurts.\""), json);
        assertEquals(r, RoutineLoader.parse("x.json", json, false));
    }

    @Test
    void smallRoutineIsWrittenInFullWithItsDefaults() {
        Routine r = new Routine("Tiny", null, List.of(), Routine.DEFAULT_HOLD_OPTIONS, 30, 5, 2, List.of(),
                List.of(new Stretch("Fold", List.of(new Step.Say("Fold.", 2), new Step.Hold(null, null)))));
        assertEquals("""
                {
                  "format": 1,
                  "title": "Tiny",
                  "holdOptions": [
                    {
                      "seconds": 15,
                      "label": "gentle"
                    },
                    {
                      "seconds": 30,
                      "label": "standard"
                    },
                    {
                      "seconds": 45,
                      "label": "longer"
                    }
                  ],
                  "defaultHold": 30,
                  "restBetweenStretches": 5,
                  "settle": 2,
                  "countdown": [],
                  "stretches": [
                    {
                      "name": "Fold",
                      "steps": [
                        {
                          "say": "Fold.",
                          "pause": 2
                        },
                        {
                          "hold": true
                        }
                      ]
                    }
                  ]
                }
                """, RoutineWriter.json(r));
    }
}
