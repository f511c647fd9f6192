package limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import limber.history.Entry;
import limber.history.History;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code play} appends to the session log in XDG_DATA_HOME (a temporary folder here); {@code history} reads it. */
@Tag("realtime") // plays in real time: with the other such classes, side by side
class HistoryCommandTest {
    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString(), "XDG_DATA_HOME", dir.resolve("data").toString());
    }

    private Path log() {
        return dir.resolve("data/limber/history.jsonl");
    }

    private Path script() throws Exception {
        return Files.writeString(dir.resolve("short.json"), PlayCommandTest.ROUTINE);
    }

    @Test
    void playAppendsOneFinishedRecordWithEachHoldAsPlannedAndAsDone() throws Exception {
        Path script = script();
        Cli r = Cli.run(env(), "play", script.toString(), "--text-only", "--pace", "brisk", "--hold", "2");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> lines = Files.readAllLines(log());
        assertEquals(2, lines.size(), "begun, then ended: " + lines);
        Entry e = History.at(log(), java.time.Clock.systemUTC()).read().sessions().get(0);
        assertEquals(Entry.FINISHED, e.ended());
        assertEquals("Short", e.routine());
        assertEquals(script.toString(), e.script());
        assertEquals("2", e.options().get("hold"));
        assertEquals("brisk", e.options().get("pace"));
        assertEquals("true", e.options().get("textOnly"));
        assertEquals(1, e.holds().size());
        assertEquals("Reach", e.holds().get(0).stretch());
        assertEquals(2, e.holds().get(0).planned());
        assertEquals(2.0, e.holds().get(0).done(), 0.07);
        assertEquals(Entry.Status.AS_PLANNED, e.status(0));
    }

    @Test
    void noLogWritesNothing() throws Exception {
        Cli r = Cli.run(env(), "play", script().toString(), "--text-only", "--pace", "brisk", "--no-log");
        assertEquals(0, r.status(), r.err());
        assertFalse(Files.exists(log()));
    }

    @Test
    void aLogThatCannotBeWrittenIsOneLineAndThePlayGoesOn() throws Exception {
        Files.writeString(dir.resolve("data"), "a file where the folder would be");
        Cli r = Cli.run(env(), "play", script().toString(), "--text-only", "--pace", "brisk");
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("limber: the session is not logged: " + log() + ": "), r.err());
        assertTrue(r.out().contains("That is the end of the routine."), r.out());
    }

    @Test
    void historyPrintsThePlayedSessionsAndExportsThemAsCsv() throws Exception {
        Path script = script();
        assertEquals(0, Cli.run(env(), "play", script.toString(), "--text-only", "--pace", "brisk").status());
        Cli r = Cli.run(env(), "history");
        assertEquals(0, r.status(), r.err());
        List<String> out = r.out().lines().toList();
        assertEquals("Last 1 session, oldest first:", out.get(0));
        assertTrue(out.get(1).matches("  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Short  finished in \\d+:\\d\\d  holds: 1 as planned"), out.get(1));
        assertEquals(List.of("", "Holds shortened or skipped, per routine:", "  Short (1 session)", "    none"), out.subList(2, 6));

        Path csv = dir.resolve("h.csv");
        Cli x = Cli.run(env(), "history", "--export", csv.toString());
        assertEquals(0, x.status(), x.err());
        assertEquals("wrote " + csv + ": 1 sessions\n", x.out());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(1).endsWith(",Short," + script + ",finished,1,Reach,1,1.0,as planned,"), rows.get(1));

        Cli again = Cli.run(env(), "history", "--export", csv.toString());
        assertEquals(2, again.status());
        assertEquals("limber: " + csv + ": file exists (use --force to overwrite)\n", again.err());
    }

    @Test
    void historyWithoutALogSaysSo() {
        Cli r = Cli.run(env(), "history");
        assertEquals(0, r.status(), r.err());
        assertEquals("No sessions logged yet.\n", r.out());
    }

    @Test
    void badLastIsUsage() {
        Cli r = Cli.run(env(), "history", "--last", "0");
        assertEquals(2, r.status());
        assertEquals("limber: --last must be a whole number 1 or more, got \"0\"\n", r.err());
    }
}
