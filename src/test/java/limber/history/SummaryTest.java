package limber.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {
    static final Instant T0 = Instant.parse("2026-12-02T06:40:00Z");

    static final List<Entry> LOG = List.of(
            new Entry("s1", T0, T0.plusSeconds(250), "Back spasm relief", "back.json", Map.of("hold", "30"), Entry.QUIT,
                    List.of(new Entry.Hold("Knee to chest", 30, 30), new Entry.Hold("Knee to chest", 30, 12, "too much"),
                            new Entry.Hold("Cat cow", 30, 0), new Entry.Hold("Child's pose", 30, 9),
                            new Entry.Hold("Twist", 30, 0))),
            new Entry("s2", T0.plusSeconds(86_400), T0.plusSeconds(86_400 + 723), "Back spasm relief", "back.json",
                    Map.of("hold", "30"), Entry.FINISHED,
                    List.of(new Entry.Hold("Knee to chest", 30, 30), new Entry.Hold("Knee to chest", 30, 20),
                            new Entry.Hold("Cat cow", 30, 30), new Entry.Hold("Child's pose", 30, 30),
                            new Entry.Hold("Twist", 30, 30))),
            new Entry("s3", T0.plusSeconds(90_000), null, "Neck, gently", null, Map.of(), Entry.RUNNING, List.of()));

    @TempDir
    Path dir;

    @Test
    void theLastSessionsAndPerRoutineTheHoldsShortenedOrSkipped() {
        assertEquals("""
                Last 3 sessions, oldest first:
                  2026-12-02 06:40  Back spasm relief  quit after 4:10  holds: 1 as planned, 1 shorter, 1 skipped, 1 stopped, 1 not reached
                  2026-12-03 06:40  Back spasm relief  finished in 12:03  holds: 4 as planned, 1 shorter
                  2026-12-03 07:40  Neck, gently  did not end (killed, or still playing)

                Holds shortened or skipped, per routine:
                  Back spasm relief (2 sessions)
                    Knee to chest, hold 2: shorter 2 times (planned 30 s, done 16 s on average)
                    Cat cow, hold 1: skipped 1 time
                  Neck, gently (1 session)
                    none
                """, Summary.text(LOG, 10, ZoneOffset.UTC));
    }

    @Test
    void onlyTheLastNSessionsAreListedButAllAreSummed() {
        String text = Summary.text(LOG, 1, ZoneOffset.UTC);
        assertEquals("Last 1 of 3 sessions, oldest first:", text.lines().findFirst().orElseThrow());
        assertEquals(true, text.contains("shorter 2 times"), text);
    }

    @Test
    void csvHasARowPerHoldAndOneForASessionWithout() {
        String csv = Summary.csv(List.of(LOG.get(0), LOG.get(2)));
        assertEquals("""
                session,start,end,routine,script,ended,hold,stretch,planned_s,done_s,status,check_in\r
                s1,2026-12-02T06:40:00Z,2026-12-02T06:44:10Z,Back spasm relief,back.json,quit,1,Knee to chest,30,30.0,as planned,\r
                s1,2026-12-02T06:40:00Z,2026-12-02T06:44:10Z,Back spasm relief,back.json,quit,2,Knee to chest,30,12.0,shorter,too much\r
                s1,2026-12-02T06:40:00Z,2026-12-02T06:44:10Z,Back spasm relief,back.json,quit,3,Cat cow,30,0.0,skipped,\r
                s1,2026-12-02T06:40:00Z,2026-12-02T06:44:10Z,Back spasm relief,back.json,quit,4,Child's pose,30,9.0,stopped,\r
                s1,2026-12-02T06:40:00Z,2026-12-02T06:44:10Z,Back spasm relief,back.json,quit,5,Twist,30,0.0,not reached,\r
                s3,2026-12-03T07:40:00Z,,"Neck, gently",,running,,,,,,\r
                """, csv);
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsAFormulaAreQuoted() {
        Entry e = new Entry("x", T0, null, "=HYPERLINK(\"a\")", null, Map.of(), Entry.RUNNING, List.of());
        assertEquals(true, Summary.csv(List.of(e)).contains(",\"'=HYPERLINK(\"\"a\"\")\","), Summary.csv(List.of(e)));
    }

    @Test
    void exportKeepsAnExistingFileUnlessForced() throws Exception {
        Path csv = Files.writeString(dir.resolve("h.csv"), "mine");
        assertThrows(FileAlreadyExistsException.class, () -> Summary.writeCsv(csv, LOG, false));
        assertEquals("mine", Files.readString(csv));
        Summary.writeCsv(csv, LOG, true);
        assertEquals(Summary.csv(LOG), Files.readString(csv));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(csv), files.toList(), "no temporary file left");
        }
    }
}
