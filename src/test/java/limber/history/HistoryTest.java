package limber.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    @TempDir
    Path dir;

    static final Instant T0 = Instant.parse("2026-12-02T06:40:00Z");

    /** A clock that says {@code times} in turn, then the last one again. */
    static Clock ticking(Instant... times) {
        return new Clock() {
            private int next;

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return times[Math.min(next++, times.length - 1)];
            }
        };
    }

    private static Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("pace", "normal");
        o.put("ready", "true");
        return o;
    }

    @Test
    void aSessionIsWrittenWhenItBeginsAndWhenItEndsAndReadBackAsItsLastRecord() throws Exception {
        Path file = dir.resolve("data/limber/history.jsonl");
        History h = History.at(file, ticking(T0, T0.plusSeconds(250)));
        Entry begun = h.begin("Back", "back.json", options());
        assertEquals(Entry.RUNNING, h.read().sessions().get(0).ended());
        h.end(begun, Entry.QUIT, Map.of("hold", "15"), List.of(new Entry.Hold("Knee", 15, 15.0), new Entry.Hold("Knee", 15, 6.2, "too much")));
        History.Read read = h.read();
        assertEquals(List.of(), read.skipped());
        assertEquals(List.of(new Entry(begun.id(), T0, T0.plusSeconds(250), "Back", "back.json",
                Map.of("pace", "normal", "ready", "true", "hold", "15"), Entry.QUIT,
                List.of(new Entry.Hold("Knee", 15, 15.0), new Entry.Hold("Knee", 15, 6.2, "too much")))), read.sessions());
        assertEquals(List.of("pace", "ready", "hold"), List.copyOf(read.sessions().get(0).options().keySet()));
        assertEquals(2, Files.readAllLines(file).size());
    }

    @Test
    void aTornLastLineIsIgnoredAndTheNextRecordStartsOnALineOfItsOwn() throws Exception {
        Path file = dir.resolve("history.jsonl");
        History h = History.at(file, ticking(T0, T0.plusSeconds(60)));
        h.begin("Back", null, Map.of());
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND); // killed mid-write
        assertEquals(1, h.read().sessions().size());
        assertEquals(List.of(), h.read().skipped());
        h.begin("Neck", null, Map.of());
        History.Read read = h.read();
        assertEquals(List.of("Back", "Neck"), read.sessions().stream().map(Entry::routine).toList());
        assertEquals(1, read.skipped().size(), "the torn line, no longer last, is named: " + read.skipped());
        assertEquals(file + ":2: not a session record, skipped", read.skipped().get(0).replaceAll(" \\(.*", ""));
    }

    @Test
    void aLineThatIsNoRecordIsSkippedWithItsLineNumber() throws Exception {
        Path file = dir.resolve("history.jsonl");
        History h = History.at(file, ticking(T0));
        Files.writeString(file, "{\"id\": 3}\n", StandardCharsets.UTF_8);
        h.begin("Back", null, Map.of());
        History.Read read = h.read();
        assertEquals(1, read.sessions().size());
        assertEquals(List.of(file + ":1: not a session record, skipped (\"id\" must be a string)"), read.skipped());
    }

    @Test
    void noFileIsNoSessions() throws Exception {
        assertEquals(List.of(), History.at(dir.resolve("none.jsonl"), ticking(T0)).read().sessions());
    }

    @Test
    void theFileIsInXdgDataHomeElseInHomesLocalShare() {
        assertEquals(Path.of("/x/data/limber/history.jsonl"), History.defaultFile(Map.of("XDG_DATA_HOME", "/x/data", "HOME", "/h")));
        assertEquals(Path.of("/h/.local/share/limber/history.jsonl"), History.defaultFile(Map.of("XDG_DATA_HOME", "rel", "HOME", "/h")));
        assertEquals(Path.of("/h/.local/share/limber/history.jsonl"), History.defaultFile(Map.of("HOME", "/h")));
        assertNull(History.defaultFile(Map.of()));
    }

    @Test
    void eachHoldIsAsPlannedLongerShorterSkippedStoppedOrNotReached() {
        Entry quit = new Entry("a", T0, T0, "R", null, Map.of(), Entry.QUIT, List.of(
                new Entry.Hold("A", 15, 15.2), new Entry.Hold("A", 15, 20), new Entry.Hold("B", 15, 4),
                new Entry.Hold("C", 15, 0), new Entry.Hold("D", 15, 15), new Entry.Hold("E", 15, 3),
                new Entry.Hold("F", 15, 0)));
        assertEquals(List.of(Entry.Status.AS_PLANNED, Entry.Status.LONGER, Entry.Status.SHORTER, Entry.Status.SKIPPED,
                Entry.Status.AS_PLANNED, Entry.Status.STOPPED, Entry.Status.NOT_REACHED),
                java.util.stream.IntStream.range(0, 7).mapToObj(quit::status).toList());
        Entry finished = new Entry("b", T0, T0, "R", null, Map.of(), Entry.FINISHED, List.of(new Entry.Hold("A", 15, 0)));
        assertEquals(Entry.Status.SKIPPED, finished.status(0));
    }
}
