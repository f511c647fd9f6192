package limber.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import limber.audio.TimelineAudio;
import limber.routine.RoutineLoader;
import limber.session.Session;
import limber.speech.CachingNarrator;
import limber.testkit.Narrators;
import limber.timeline.SessionOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export under faults: killed mid-write, a full disk, two exports racing for one file, folders
 * that cannot be written. The promise under test: the target is whole or untouched (its old
 * content kept), and a failure is one line on stderr.
 */
class ExportFaultsTest {
    /** 40 holds of 10 minutes: 6 h 44 min, a 777 MB WAV, so that a kill lands mid-write. */
    static final String LONG = routine("Long", 40);
    /** 12 holds of 10 minutes: 2 hours, 230 MB. */
    static final String TWO_HOURS = routine("Two hours", 12);
    /** About 50 s at the default 30 s hold: 1.6 MB, more than the full disk's 512 KiB. */
    static final String SHORT = """
            {"title": "Short", "stretches": [
              {"name": "Reach", "steps": ["Reach up.", {"hold": true, "label": "left side"}]}]}
            """;

    @TempDir
    static Path cache;
    @TempDir
    static Path scripts;
    @TempDir
    Path dir;
    @TempDir
    Path logs;
    private final Mounts mounts = new Mounts();

    static String routine(String title, int holds) {
        return "{\"title\": \"" + title + "\", \"countdown\": [], \"stretches\": [{\"name\": \"Hold still\", "
                + "\"steps\": [" + String.join(", ", java.util.Collections.nCopies(holds, "{\"hold\": 600}")) + "]}]}";
    }

    /** Every line the tests speak, synthesized once, so that child JVMs start rendering at once. */
    @BeforeAll
    static void warmCache() throws IOException {
        for (var s : Map.of("long.json", LONG, "two-hours.json", TWO_HOURS, "short.json", SHORT).entrySet()) {
            Files.writeString(scripts.resolve(s.getKey()), s.getValue());
            Limber r = Limber.run("check", "--cache-dir", cache.toString(), script(s.getKey()));
            assertEquals(0, r.status(), r.err());
        }
    }

    @AfterEach
    void unmount() throws Exception {
        mounts.close();
    }

    static String script(String name) {
        return scripts.resolve(name).toString();
    }

    // ------------------------------------------------------------------ killed mid-export

    @Test
    void sigkillMidExportLeavesNoTargetOnlyAHiddenPartFile() throws Exception {
        Path wav = dir.resolve("long.wav");
        Child child = Child.start(dir, logs, "export", "export", "--cache-dir", cache.toString(),
                script("long.json"), "-o", wav.toString());
        awaitPartFile(child, 1 << 20);
        assertEquals(137, child.kill(), "killed by SIGKILL, not finished");
        assertTrue(Files.notExists(wav));
        assertOnlyPartFilesOf("long.wav", Limber.names(dir));
    }

    @Test
    void sigkillMidForcedExportKeepsTheOldFile() throws Exception {
        Path wav = dir.resolve("long.wav");
        Files.writeString(wav, "the old export");
        Child child = Child.start(dir, logs, "export", "export", "--cache-dir", cache.toString(),
                script("long.json"), "-o", wav.toString(), "--force");
        awaitPartFile(child, 1 << 20);
        assertEquals(137, child.kill(), "killed by SIGKILL, not finished");
        assertEquals("the old export", Files.readString(wav));
        List<String> names = Limber.names(dir);
        assertTrue(names.remove("long.wav"));
        assertOnlyPartFilesOf("long.wav", names);
    }

    /** Waits until the child's temporary file in {@link #dir} holds at least {@code bytes}. */
    private void awaitPartFile(Child child, long bytes) throws Exception {
        long polls = 0;
        while (true) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    if (p.getFileName().toString().endsWith(".part") && Files.size(p) >= bytes) {
                        return;
                    }
                }
            } catch (java.nio.file.NoSuchFileException renamedMeanwhile) {
                // listed, then renamed into place: the next poll sees the end
            }
            if (!child.isAlive()) {
                fail("export ended (status " + child.waitFor() + ") before it could be caught mid-write; "
                        + "stderr: " + child.err());
            }
            if (++polls > Child.TIMEOUT_SECONDS * 1000) {
                fail("export never started writing; stderr: " + child.err());
            }
            Thread.sleep(1);
        }
    }

    private static void assertOnlyPartFilesOf(String target, List<String> names) {
        for (String name : names) {
            assertTrue(name.startsWith("." + target + ".") && name.endsWith(".part"),
                    "only a hidden part file may remain, found " + name);
        }
    }

    // ------------------------------------------------------------------ full disk

    @Test
    void fullDiskIsOneLineAndLeavesNoPartialOrPartFile() throws Exception {
        Path small = mounts.tmpfs(dir.resolve("small"), "size=512k");
        Path wav = small.resolve("short.wav");
        Limber r = Limber.run("export", "--cache-dir", cache.toString(), script("short.json"), "-o", wav.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("limber: " + wav + ": write failed: No space left on device\n", r.err());
        assertEquals(List.of(), Limber.names(small));
    }

    @Test
    void fullDiskKeepsTheOldFileWithForce() throws Exception {
        Path small = mounts.tmpfs(dir.resolve("small"), "size=512k");
        Path wav = small.resolve("short.wav");
        byte[] old = new byte[100_000];
        java.util.Arrays.fill(old, (byte) 7);
        Files.write(wav, old);
        Limber r = Limber.run("export", "--cache-dir", cache.toString(), script("short.json"), "-o", wav.toString(),
                "--force");
        assertEquals(1, r.status(), r.err());
        assertEquals("limber: " + wav + ": write failed: No space left on device\n", r.err());
        assertEquals(List.of("short.wav"), Limber.names(small));
        assertArrayEquals(old, Files.readAllBytes(wav));
    }

    @Test
    void diskAlreadyFullIsOneLineAndLeavesNothing() throws Exception {
        Path small = mounts.tmpfs(dir.resolve("small"), "size=512k");
        fill(small.resolve("filler"));
        Path wav = small.resolve("short.wav");
        Limber r = Limber.run("export", "--cache-dir", cache.toString(), script("short.json"), "-o", wav.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("limber: " + wav + ": write failed: No space left on device\n", r.err());
        assertEquals(List.of("filler"), Limber.names(small));
    }

    private static void fill(Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
    }

    // ------------------------------------------------------------------ two exports, one file

    @Test
    void twoForcedExportsToOneFileLeaveOneWholeWav() throws Exception {
        Path wav = dir.resolve("race.wav");
        Child[] children = raceTwoExports(wav, "--force");
        assertEquals(0, children[0].waitFor(), children[0].err());
        assertEquals(0, children[1].waitFor(), children[1].err());
        assertWholeExportOfTwoHours(wav);
        assertEquals(List.of("race.wav"), Limber.names(dir));
    }

    @Test
    void twoExportsToOneFileWithoutForceOneWinsAndTheOtherSaysFileExists() throws Exception {
        Path wav = dir.resolve("race.wav");
        Child[] children = raceTwoExports(wav);
        int a = children[0].waitFor();
        int b = children[1].waitFor();
        Child loser = a == 0 ? children[1] : children[0];
        assertEquals(List.of(0, 2), Stream.of(a, b).sorted().toList(),
                "one wins, one is refused; stderr: " + children[0].err() + children[1].err());
        assertEquals("limber: " + wav + ": file exists (use --force to overwrite)\n", loser.err());
        assertWholeExportOfTwoHours(wav);
        assertEquals(List.of("race.wav"), Limber.names(dir));
    }

    /**
     * Starts two exports of the same 2-hour session to {@code wav} and makes them overlap for
     * certain, not by luck: the first is stopped (SIGSTOP) as soon as its temporary file exists
     * and continued once the second has made its own, so both are mid-write at once.
     */
    private Child[] raceTwoExports(Path wav, String... extra) throws Exception {
        Child a = exportTwoHours("a", wav, extra);
        awaitPartFiles(a, 1);
        a.signal("STOP");
        Child b;
        try {
            b = exportTwoHours("b", wav, extra);
            awaitPartFiles(b, 2);
        } finally {
            a.signal("CONT");
        }
        return new Child[] {a, b};
    }

    private Child exportTwoHours(String name, Path wav, String... extra) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("export", "--cache-dir", cache.toString(),
                script("two-hours.json"), "-o", wav.toString()));
        args.addAll(List.of(extra));
        return Child.start(dir, logs, name, args.toArray(String[]::new));
    }

    private void awaitPartFiles(Child child, int count) throws Exception {
        for (long polls = 0; polls < Child.TIMEOUT_SECONDS * 1000; polls++) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.filter(p -> p.getFileName().toString().endsWith(".part")).count() >= count) {
                    return;
                }
            }
            if (!child.isAlive()) {
                fail("export ended (status " + child.waitFor() + ") before it was seen writing; stderr: "
                        + child.err());
            }
            Thread.sleep(1);
        }
        fail("export never started writing; stderr: " + child.err());
    }

    private static void assertWholeExportOfTwoHours(Path wav) throws Exception {
        TimelineAudio session;
        try (CachingNarrator n = Narrators.kevin16(cache)) {
            session = Session.prepare(RoutineLoader.load(Path.of(script("two-hours.json"))), SessionOptions.defaults(30), n);
            assertEquals(0, n.synthesized(), "the session is all in the warm cache");
        }
        Wav.assertHeaderMatches(wav, session.length());
        assertEquals(Wav.expectedDigest(session), Wav.digest(wav), "the export is one run's whole output");
    }

    // ------------------------------------------------------------------ folders

    @Test
    void folderThatIsARegularFileIsOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path wav = file.resolve("short.wav");
        Limber r = Limber.run("export", "--cache-dir", cache.toString(), script("short.json"), "-o", wav.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("limber: " + wav + ": " + file + " is a file, not a directory\n", r.err());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void missingFolderIsOneLine() throws Exception {
        Path wav = dir.resolve("no/such/folder/short.wav");
        Limber r = Limber.run("export", "--cache-dir", cache.toString(), script("short.json"), "-o", wav.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("limber: " + wav + ": directory " + wav.getParent() + " does not exist\n", r.err());
        assertEquals(List.of(), Limber.names(dir));
    }

    @Test
    void readOnlyFolderIsOneLine() throws Exception {
        Path ro = mounts.tmpfs(dir.resolve("ro"), "ro,size=1m");
        Path wav = ro.resolve("short.wav");
        Limber r = Limber.run("export", "--cache-dir", cache.toString(), script("short.json"), "-o", wav.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("limber: " + wav + ": cannot write in directory " + ro + " (read-only file system)\n", r.err());
        assertEquals(List.of(), Limber.names(ro));
    }

    @Test
    void exportedFileGetsThePermissionsOfAnyNewFileNotPrivateOnes() throws Exception {
        Path wav = dir.resolve("short.wav");
        Limber r = Limber.run("export", "--cache-dir", cache.toString(), script("short.json"), "-o", wav.toString());
        assertEquals(0, r.status(), r.err());
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(wav));
    }
}
