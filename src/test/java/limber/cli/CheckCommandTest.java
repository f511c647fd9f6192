package limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void checkWarnsAboutTextAVoiceWouldMangleOrCannotSayWithItsPlaceAndExitsZero() throws Exception {
        Path script = Files.writeString(dir.resolve("w.yaml"), """
                title: Warn
                stretches:
                  - name: Reach
                    steps:
                      - "..."
                      - "*Slowly* reach up 2x, L/R."
                      - "Hold 30s, twice."
                      - hold: true
                """);
        Cli r = Cli.run("check", "--cache-dir", dir.resolve("c").toString(), script.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("limber: warning: " + script + ":5:9: step \"...\" has nothing a voice can say\n"
                + "limber: warning: " + script + ":6:9: step \"*Slowly* reach up 2x, L/R.\" has characters a voice reads"
                + " as their names or skips (*)\n", r.err());
        assertTrue(r.out().startsWith(script + ": ok: \"Warn\"\n"), r.out());
    }

    @Test
    void theShippedRoutineGetsNoWarning() {
        Cli r = Cli.run("check", "--cache-dir", dir.resolve("c").toString(), "back-spasm-relief");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
    }
}
