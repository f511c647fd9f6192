package limber.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The loader against arbitrary bytes: it either returns a routine within every limit or throws
 * {@link ScriptException} with a one-line, located message. Anything else escaping (a runtime
 * exception, a stack overflow, running out of memory) is a finding, and so is an input that takes
 * more than a second.
 *
 * <p>{@code mvn test} replays the committed inputs in
 * {@code src/test/resources/limber/routine/RoutineLoaderFuzzTestInputs/<method>/} (the seed
 * routine, valid variants, broken variants and every finding kept as a regression input).
 * {@code mvn -Pfuzz test} fuzzes each method for its {@code maxDuration}, coverage-guided over
 * our classes, Jackson and SnakeYAML; a finding is written into the same folder.
 *
 * <p>The one-second bound is the "no hang on bad input" promise, not a benchmark: a typical
 * input parses in well under a millisecond. An input over it is timed again, and fails if it is
 * still over on the second, warm run: the first run of a new path through the parsers also pays
 * for loading, instrumenting and compiling their classes, which while fuzzing took a plain
 * 3 KB routine past a second (kept as {@code cold-start-timeout-*.yaml}). A loop that never
 * returns is caught by {@code @Timeout}: JUnit enforces it per input on a separate thread during
 * replay, and Jazzer turns it into libFuzzer's per-input {@code -timeout} while fuzzing.
 */
class RoutineLoaderFuzzTest {
    /** The most a located message can need: Jackson's text is cut to 200 characters. */
    private static final int MAX_MESSAGE = 400;
    private static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest(maxDuration = "30s")
    void json(byte[] input) {
        withinASecond(input, "fuzz.json", false);
    }

    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @FuzzTest(maxDuration = "30s")
    void yaml(byte[] input) {
        withinASecond(input, "fuzz.yaml", true);
    }

    private static void withinASecond(byte[] input, String name, boolean yaml) {
        long took = timed(input, name, yaml);
        if (took > LIMIT_NANOS) {
            took = timed(input, name, yaml);
            assertTrue(took <= LIMIT_NANOS, "input took " + took / 1_000_000 + " ms on a warm JVM, "
                    + "more than 1 s");
        }
    }

    private static long timed(byte[] input, String name, boolean yaml) {
        long start = System.nanoTime();
        loadOrLocatedError(input, name, yaml);
        return System.nanoTime() - start;
    }

    /** The path {@link RoutineLoader#load} takes after reading the file, minus the file. */
    private static void loadOrLocatedError(byte[] input, String name, boolean yaml) {
        Routine routine;
        try {
            if (input.length > RoutineLoader.MAX_BYTES) {
                return; // load() refuses these before decoding; nothing of the parser runs
            }
            routine = RoutineLoader.parse(name, RoutineLoader.decode(name, input), yaml);
        } catch (ScriptException e) {
            assertEquals(name, e.file());
            assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
            assertFalse(e.problem().isBlank(), e.getMessage());
            assertTrue(e.getMessage().lines().count() == 1 && !e.getMessage().contains("\r"),
                    "message is one line: " + e.getMessage());
            assertTrue(e.problem().length() <= MAX_MESSAGE, "message is short: " + e.getMessage());
            return;
        }
        withinLimits(routine);
    }

    private static void withinLimits(Routine r) {
        assertFalse(r.title().isBlank());
        assertTrue(r.stretches().size() >= 1 && r.stretches().size() <= RoutineLoader.MAX_STRETCHES);
        assertTrue(r.holdOptions().size() >= 1 && r.holdOptions().size() <= RoutineLoader.MAX_HOLD_OPTIONS);
        assertTrue(r.holdOptions().stream().anyMatch(o -> o.seconds() == r.defaultHold()));
        int steps = 0;
        for (Stretch s : r.stretches()) {
            text(s.name());
            assertFalse(s.steps().isEmpty());
            steps += s.steps().size();
            for (Step step : s.steps()) {
                if (step instanceof Step.Say say) {
                    text(say.text());
                    assertTrue(say.pauseSeconds() >= 0 && say.pauseSeconds() <= RoutineLoader.MAX_PAUSE);
                } else if (step instanceof Step.Hold h) {
                    assertTrue(h.seconds() == null
                            || h.seconds() >= Routine.MIN_HOLD && h.seconds() <= Routine.MAX_HOLD);
                } else if (step instanceof Step.Rest rest) {
                    assertTrue(rest.seconds() >= 1 && rest.seconds() <= Routine.MAX_HOLD);
                }
            }
        }
        assertTrue(steps <= RoutineLoader.MAX_STEPS);
    }

    private static void text(String s) {
        assertFalse(s.isBlank());
        assertTrue(s.codePointCount(0, s.length()) <= RoutineLoader.MAX_TEXT);
    }
}
