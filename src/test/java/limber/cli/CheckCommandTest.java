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
    void readyThatIsNotABooleanIsOneLocatedLineAndStatusTwo() throws Exception {
        Path script = Files.writeString(dir.resolve("r.yaml"), "title: R\nready: yes please\nstretches: [{name: s, steps: [a]}]\n");
        Cli r = Cli.run("check", "--cache-dir", dir.resolve("c").toString(), script.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("limber: " + script + ":2:8: \"ready\" must be true or false, got string \"yes please\"\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void summaryNamesEachHoldOptionsLengthWithItsLabelAndTheDefault() {
        Cli r = Cli.run("check", ExportCommandTest.SEED.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().matches("(?s).*\n  length at 15 s holds: \\d+:\\d\\d\\.\\d{3} \\(for a first time\\)\n"
                + "  length at 30 s holds: \\d+:\\d\\d\\.\\d{3} \\(standard, the default\\)\n.*"), r.out());
    }

    @Test
    void readyIsNamedInTheSummary() throws Exception {
        Path script = Files.writeString(dir.resolve("r.yaml"), "title: R\nready: true\nstretches: [{name: s, steps: [a, {hold: 5}]}]\n");
        Cli r = Cli.run("check", "--cache-dir", dir.resolve("c").toString(), script.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\n  ready: play waits before each hold until you are in position\n"), r.out());
    }

    @Test
    void checkInAndTheSafetyLineAreNamedInTheSummary() throws Exception {
        Path script = Files.writeString(dir.resolve("r.yaml"),
                "title: R\ncheckIn: true\nsafety: Stop if it hurts.\nstretches: [{name: s, steps: [a, {hold: 5}]}]\n");
        Cli r = Cli.run("check", "--cache-dir", dir.resolve("c").toString(), script.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\n  check-in: play asks after each hold how it felt\n  safety: Stop if it hurts.\n"),
                r.out());
    }

    @Test
    void theShippedRoutineGetsNoWarning() {
        Cli r = Cli.run("check", "--cache-dir", dir.resolve("c").toString(), "back-spasm-relief");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
    }
}
