package limber.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import limber.routine.RoutineLoader;
import limber.timeline.SessionOptions;
import limber.timeline.SessionTooLongException;
import limber.timeline.TimelineCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and oversized scripts through the real CLI: exit 2, one line, nothing written. */
class BadInputTest {
    @TempDir
    Path dir;

    /** 72 chosen holds: 20 minutes at the default 15 s, over 12 hours at 600 s. */
    static final String SEVENTY_TWO_HOLDS = "{\"title\": \"Many\", \"holdOptions\": ["
            + "{\"seconds\": 15, \"label\": \"short\"}, {\"seconds\": 600, \"label\": \"ten minutes\"}], "
            + "\"stretches\": [{\"name\": \"Hold still\", \"steps\": ["
            + String.join(", ", Collections.nCopies(72, "{\"hold\": true}")) + "]}]}";

    @Test
    void hostileScriptsAreOneLineEachAndExitTwo() throws Exception {
        Map<String, byte[]> scripts = new LinkedHashMap<>();
        scripts.put("alias-bomb.yaml", ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a]\n"
                + "c: [*b, *b, *b, *b, *b, *b, *b]\ntitle: t\n").getBytes(StandardCharsets.UTF_8));
        scripts.put("huge.json", ("{\"title\": \"" + "a".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.UTF_8));
        scripts.put("deep.json", "[".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        scripts.put("deep.yaml", "- ".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        scripts.put("latin1.json", "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        scripts.put("nul.json", new byte[] {'{', 0, '}'});
        byte[] noise = new byte[4096];
        new Random(8).nextBytes(noise);
        scripts.put("noise.yaml", noise);
        scripts.put("too-many-steps.json", ("{\"title\": \"t\", \"stretches\": [{\"name\": \"s\", \"steps\": ["
                + String.join(",", Collections.nCopies(10_001, "\"x\"")) + "]}]}").getBytes(StandardCharsets.UTF_8));

        for (var s : scripts.entrySet()) {
            Path script = Files.write(dir.resolve(s.getKey()), s.getValue());
            Path wav = dir.resolve(s.getKey() + ".wav");
            Limber r = Limber.run("export", "--cache-dir", dir.resolve("cache").toString(), script.toString(),
                    "-o", wav.toString());
            assertEquals(2, r.status(), s.getKey() + ": " + r.err());
            assertTrue(r.err().matches("limber: \\Q" + script + "\\E:\\d+:\\d+: [^\\n]+\\n"),
                    s.getKey() + ": one located line, got: " + r.err());
            assertTrue(Files.notExists(wav), s.getKey());
        }
    }

    @Test
    void sessionOverTwelveHoursAtTheChosenHoldIsOneLineBeforeAnySpeech() throws Exception {
        Path script = Files.writeString(dir.resolve("many.json"), SEVENTY_TWO_HOLDS);
        SessionTooLongException expected = assertThrows(SessionTooLongException.class,
                () -> TimelineCompiler.texts(RoutineLoader.load(script), SessionOptions.defaults(600), 16_000));
        Path wav = dir.resolve("many.wav");
        Limber r = Limber.run("export", "--cache-dir", dir.resolve("cache").toString(), script.toString(),
                "--hold", "600", "-o", wav.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("limber: " + script + ": " + expected.getMessage() + "\n", r.err());
        assertEquals(List.of("many.json"), Limber.names(dir), "nothing written, not even the cache");
    }

    @Test
    void checkNamesTheHoldOptionThatIsTooLongToPlay() throws Exception {
        Path script = Files.writeString(dir.resolve("many.json"), SEVENTY_TWO_HOLDS);
        Limber r = Limber.run("check", "--cache-dir", dir.resolve("cache").toString(), script.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("  length at 600 s holds: over 12 hours, too long to play (ten minutes)\n"),
                r.out());
    }
}
