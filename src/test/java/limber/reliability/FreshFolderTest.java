package limber.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limber run as a new user runs it: in a folder of their own, by the README's commands. */
class FreshFolderTest {
    static final Path SEED = Path.of("scripts/back-spasm-relief.json").toAbsolutePath();

    @TempDir
    Path dir;
    @TempDir
    Path logs;

    @Test
    void checkAndListLeaveNoAudioCacheInTheWorkingFolder() throws Exception {
        Child check = Child.start(dir, logs, "check", "check", SEED.toString());
        assertEquals(0, check.waitFor(), check.err());
        assertTrue(check.out().startsWith(SEED + ": ok: "), check.out());
        Child list = Child.start(dir, logs, "list", "list");
        assertEquals(0, list.waitFor(), list.err());
        assertTrue(list.out().startsWith("back-spasm-relief\t"), list.out());
        assertEquals(List.of(), Limber.names(dir));
    }

    @Test
    void checkFillsAnAudioCacheThatExists() throws Exception {
        Files.createDirectory(dir.resolve("audio-cache"));
        Child check = Child.start(dir, logs, "check", "check", SEED.toString());
        assertEquals(0, check.waitFor(), check.err());
        assertTrue(Limber.names(dir.resolve("audio-cache")).size() > 10, Limber.names(dir.resolve("audio-cache")).toString());
    }

    /** The README's {@code --split} example, line by line as a user would type it. */
    @Test
    void readmeSplitExampleWorksInAFreshFolder() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int at = readme.indexOf("    limber export back-spasm-relief -o phone/back.mp3 --split phone/back");
        assertTrue(at > 0, "the README's --split example has moved");
        String before = readme.get(at - 1).strip();
        assertEquals("mkdir phone", before, "the line before the example");
        Files.createDirectory(dir.resolve("phone"));
        String[] args = readme.get(at).strip().substring("limber ".length()).split(" +");
        Child export = Child.start(dir, logs, "export", args);
        assertEquals(0, export.waitFor(), export.err());
        assertTrue(Files.size(dir.resolve("phone/back.mp3")) > 1_000_000);
        assertTrue(Files.isRegularFile(dir.resolve("phone/back/00 Introduction.mp3")));
        assertTrue(Files.readString(dir.resolve("phone/back/back.m3u")).startsWith("#EXTM3U\n"));
    }
}
