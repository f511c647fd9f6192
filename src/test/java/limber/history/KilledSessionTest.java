package limber.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import limber.testkit.Jvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code limber play --text-only} in a child JVM, killed with SIGKILL in the middle of a
 * hold: the log still parses, every line of it, and the session is there, as not ended; the
 * next session's record is whole after it.
 */
@Tag("realtime") // plays in real time: with the other such classes, side by side
class KilledSessionTest {
    @TempDir
    Path dir;

    private Process play(Path script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Jvm.limber("play", script.toString(), "--text-only", "--hold", "20",
                "--cache-dir", dir.resolve("cache").toString()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        return pb.start();
    }

    @Test
    void aSessionKilledMidHoldLeavesALogThatParsesWithTheSessionNotEnded() throws Exception {
        Path script = Files.writeString(dir.resolve("k.json"), """
                {"title": "Killed", "countdown": [], "settle": 0,
                 "stretches": [{"name": "Reach", "steps": ["Reach up.", {"hold": true}]}]}
                """);
        Process p = play(script);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (l.startsWith("Hold for 20 seconds")) {
                    break;
                }
            }
            Thread.sleep(1500); // inside the hold
            p.destroyForcibly(); // SIGKILL
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the process did not die");
        }
        assertEquals(137, p.exitValue());
        Path log = dir.resolve("data/limber/history.jsonl");
        for (String line : Files.readAllLines(log)) {
            Lines.read(line); // every line is a whole record
        }
        History.Read read = History.at(log, Clock.systemUTC()).read();
        assertEquals(List.of(), read.skipped());
        assertEquals(1, read.sessions().size());
        assertEquals(Entry.RUNNING, read.sessions().get(0).ended());
        assertEquals("Killed", read.sessions().get(0).routine());

        Process next = play(script);
        next.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        next.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, next.exitValue(), Files.readString(dir.resolve("err.txt")));
        read = History.at(log, Clock.systemUTC()).read();
        assertEquals(List.of(Entry.RUNNING, Entry.FINISHED), read.sessions().stream().map(Entry::ended).toList());
        assertEquals(List.of(), read.skipped());
    }
}
