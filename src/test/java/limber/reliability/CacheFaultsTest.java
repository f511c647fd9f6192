package limber.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.routine.RoutineLoader;
import limber.session.Session;
import limber.speech.CachingNarrator;
import limber.testkit.Narrators;
import limber.timeline.SessionOptions;
import limber.timeline.TimelineCompiler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audio cache under faults: two processes filling it at once, a cache that cannot be
 * written, entries damaged on disk. The promises under test: no entry is ever served for the
 * wrong text or damaged, and a cache that fails never stops an export (one warning at most).
 */
class CacheFaultsTest {
    static final Path SEED = Path.of("scripts/back-spasm-relief.json").toAbsolutePath();
    static final String SHORT = ExportFaultsTest.SHORT;

    @TempDir
    Path dir;
    @TempDir
    Path logs;
    private final Mounts mounts = new Mounts();

    @AfterEach
    void unmount() throws Exception {
        mounts.close();
    }

    /** What {@code check} speaks for the routine: its lines at every hold option. */
    private static List<String> checkTexts(Routine r) {
        Set<String> texts = new LinkedHashSet<>();
        for (HoldOption o : r.holdOptions()) {
            texts.addAll(TimelineCompiler.texts(r, SessionOptions.defaults(o.seconds()), 16_000));
        }
        return List.copyOf(texts);
    }

    private static CachingNarrator freeTts(Path cache) {
        return Narrators.kevin16(cache);
    }

    @Test
    void twoProcessesFillingOneEmptyCacheCorruptNothing() throws Exception {
        Path cache = dir.resolve("cache");
        // Both are stopped as they start and continued together, so that each finds the cache as
        // empty as the other and they make and store the same lines side by side.
        Child a = Child.start(dir, logs, "a", "check", "--cache-dir", cache.toString(), SEED.toString());
        a.signal("STOP");
        Child b = Child.start(dir, logs, "b", "check", "--cache-dir", cache.toString(), SEED.toString());
        b.signal("STOP");
        a.signal("CONT");
        b.signal("CONT");
        assertEquals(0, a.waitFor(), a.err());
        assertEquals(0, b.waitFor(), b.err());
        assertEquals(a.out(), b.out());
        assertEquals("", a.err() + b.err());

        // a third run finds every line whole, under its own key: it synthesizes nothing
        List<String> texts = checkTexts(RoutineLoader.load(SEED));
        try (CachingNarrator third = freeTts(cache)) {
            Session.synthesize(texts, third);
            assertEquals(0, third.synthesized());
            assertEquals(texts.size(), third.hits());
        }
        try (Stream<Path> files = Files.walk(cache)) {
            // the voices/ folder holds FreeTTS's voice data, unpacked once: not entries
            List<Path> all = files.filter(Files::isRegularFile)
                    .filter(f -> !cache.relativize(f).startsWith("voices")).toList();
            assertEquals(texts.size(), all.size(), "one entry a line, no temporary files: " + all);
            assertTrue(all.stream().allMatch(p -> p.toString().endsWith(".clip")), all.toString());
        }
    }

    // ------------------------------------------------------------------ caches that cannot be written

    @Test
    void readOnlyCacheStillExportsWithOneWarning() throws Exception {
        Path cache = mounts.tmpfs(dir.resolve("cache"), "ro,size=1m");
        Path wav = dir.resolve("short.wav");
        Limber r = Limber.run("export", "--cache-dir", cache.toString(), script(), "-o", wav.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertEquals("limber: warning: cannot write the audio cache " + cache
                + ": Read-only file system; speech is not being cached", lines.get(0));
        assertTrue(lines.get(1).startsWith("limber: wrote " + wav), lines.get(1));
        assertSameAsAnExportWithAWorkingCache(wav);
    }

    @Test
    void cacheUnderARegularFileStillExportsWithOneWarning() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path cache = file.resolve("cache");
        Path wav = dir.resolve("short.wav");
        Limber r = Limber.run("export", "--cache-dir", cache.toString(), script(), "-o", wav.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertEquals("limber: warning: cannot write the audio cache " + cache
                + ": Not a directory; speech is not being cached", lines.get(0));
        assertSameAsAnExportWithAWorkingCache(wav);
    }

    @Test
    void fullCacheMadeReadOnlyIsStillReadWithoutAWarning() throws Exception {
        Path cache = mounts.tmpfs(dir.resolve("cache"), "size=8m");
        Limber warm = Limber.run("check", "--cache-dir", cache.toString(), script());
        assertEquals(0, warm.status(), warm.err());
        mounts.readOnly(cache);
        Routine r = RoutineLoader.load(Path.of(script()));
        try (CachingNarrator n = freeTts(cache)) {
            Session.prepare(r, SessionOptions.defaults(r.defaultHold()), n);
            assertEquals(0, n.synthesized());
            assertEquals(java.util.Optional.empty(), n.warning());
        }
        Path wav = dir.resolve("short.wav");
        Limber export = Limber.run("export", "--cache-dir", cache.toString(), script(), "-o", wav.toString());
        assertEquals(0, export.status(), export.err());
        assertEquals(1, export.err().lines().count(), export.err());
    }

    // ------------------------------------------------------------------ damaged entries

    @Test
    void everyEntryDamagedIsMadeAgainAndTheExportIsUnchanged() throws Exception {
        Path cache = dir.resolve("cache");
        Path before = dir.resolve("before.wav");
        assertEquals(0, Limber.run("export", "--cache-dir", cache.toString(), script(), "-o", before.toString()).status());
        List<Path> entries;
        try (Stream<Path> files = Files.walk(cache)) {
            entries = files.filter(p -> p.toString().endsWith(".clip")).sorted().toList();
        }
        assertTrue(entries.size() >= 6, entries.toString());
        for (int i = 0; i < entries.size(); i++) {
            damage(entries.get(i), i % 3);
        }
        Path after = dir.resolve("after.wav");
        Limber r = Limber.run("export", "--cache-dir", cache.toString(), script(), "-o", after.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), "no warning, only the summary: " + r.err());
        assertEquals(-1, Files.mismatch(before, after));
        Routine routine = RoutineLoader.load(Path.of(script()));
        try (CachingNarrator n = freeTts(cache)) {
            Session.prepare(routine, SessionOptions.defaults(routine.defaultHold()), n);
            assertEquals(0, n.synthesized(), "every damaged entry was replaced by a whole one");
        }
    }

    /** Truncates (0), flips a sample byte (1) or swaps in another entry's content (2). */
    private static void damage(Path entry, int how) throws IOException {
        switch (how) {
            case 0 -> {
                try (FileChannel ch = FileChannel.open(entry, StandardOpenOption.WRITE)) {
                    ch.truncate(ch.size() / 2);
                }
            }
            case 1 -> {
                byte[] bytes = Files.readAllBytes(entry);
                bytes[bytes.length - 3] ^= 0x10;
                Files.write(entry, bytes);
            }
            default -> {
                try (Stream<Path> siblings = Files.walk(entry.getParent().getParent())) {
                    Path other = siblings.filter(p -> p.toString().endsWith(".clip") && !p.equals(entry))
                            .findFirst().orElseThrow();
                    assertNotEquals(-1, Files.mismatch(entry, other));
                    Files.copy(other, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void cacheWarmInAReadOnlyFolderSaysWhyAndNeverCached() throws Exception {
        Path cache = mounts.tmpfs(dir.resolve("cache"), "ro,size=1m");
        Limber r = Limber.run("cache", "warm", "--cache-dir", cache.toString(), script());
        assertEquals(1, r.status(), r.err());
        assertEquals("limber: cache warm: cannot write the audio cache " + cache + ": Read-only file system\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void cacheWarmThatRunsOutOfSpaceWarnsOnceAndNeverSaysCached() throws Exception {
        Path cache = mounts.tmpfs(dir.resolve("cache"), "size=256k");
        Limber r = Limber.run("cache", "warm", "--cache-dir", cache.toString(), SEED.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("limber: warning: cannot write the audio cache " + cache
                + ": No space left on device; speech is not being cached\n", r.err());
        assertEquals("", r.out());
    }

    // ------------------------------------------------------------------ helpers

    private String script() throws IOException {
        Path p = dir.resolve("short.json");
        if (Files.notExists(p)) {
            Files.writeString(p, SHORT);
        }
        return p.toString();
    }

    private void assertSameAsAnExportWithAWorkingCache(Path wav) throws IOException {
        Path reference = dir.resolve("reference.wav");
        Limber r = Limber.run("export", "--cache-dir", dir.resolve("working-cache").toString(), script(),
                "-o", reference.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(-1, Files.mismatch(reference, wav));
    }
}
