package limber.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.routine.RoutineLoader;
import org.junit.jupiter.api.Test;

/** What the hold menu says, in the routine's language. */
class HoldMenuTest {
    private static Routine routine(String language, String holdOptions) throws Exception {
        return RoutineLoader.parse("x.json", "{\"language\": \"" + language + "\", \"title\": \"T\"," + holdOptions
                + " \"stretches\": [{\"name\": \"S\", \"steps\": [{\"hold\": true}]}]}", false);
    }

    @Test
    void theDefaultOptionsOfARoutineInAnotherLanguageAreLabelledInIt() throws Exception {
        assertEquals(List.of("Wähle, wie lange du jede Dehnung halten möchtest.", "Drück die 1 für 15 Sekunden, sanft.",
                "Drück die 2 für 30 Sekunden, Standard.", "Drück die 3 für 45 Sekunden, länger."),
                HoldMenu.of(routine("de", ""), false).lines());
        assertEquals("Pulsa 3 para 45 segundos, más largo.", HoldMenu.of(routine("es", ""), false).lines().get(3));
        assertEquals("Натисніть 1, щоб вибрати 15 секунд, м\u2019яко.", HoldMenu.of(routine("uk", ""), false).lines().get(1));
    }

    @Test
    void anAuthorsOwnLabelsAndEnglishDefaultsAreSaidAsWritten() throws Exception {
        assertEquals("Drück die 1 für 20 Sekunden, gemütlich.",
                HoldMenu.of(routine("de", "\"holdOptions\": [{\"seconds\": 20, \"label\": \"gemütlich\"}],"), false).lines().get(1));
        assertEquals("Press 1 for 15 seconds, gentle.", HoldMenu.of(routine("en", ""), false).lines().get(1));
        assertEquals(Routine.DEFAULT_HOLD_OPTIONS.get(0), new HoldOption(15, "gentle"));
    }
}
