package limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheCommandTest {
    @TempDir
    Path dir;

    @Test
    void warmFillsInfoCountsClearEmptiesAndKeepsOtherFiles() throws Exception {
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("README.md"), "mine");
        Cli warm = Cli.run("cache", "warm", "--cache-dir", cache.toString(), ExportCommandTest.SEED.toString());
        assertEquals(0, warm.status(), warm.err());
        Cli info = Cli.run("cache", "info", "--cache-dir", cache.toString());
        assertTrue(info.out().matches(java.util.regex.Pattern.quote(cache.toString()) + ": \\d+ entries, [0-9.]+ MB\n"), info.out());
        int entries = Integer.parseInt(info.out().replaceAll(".*: (\\d+) entries.*\n", "$1"));
        assertTrue(entries > 50, info.out());
        // a warm cache makes export synthesize nothing: no entry is added
        assertEquals(0, Cli.run("export", "--cache-dir", cache.toString(), ExportCommandTest.SEED.toString(),
                "-o", dir.resolve("s.wav").toString()).status());
        assertEquals(info.out(), Cli.run("cache", "info", "--cache-dir", cache.toString()).out());
        Cli clear = Cli.run("cache", "clear", "--cache-dir", cache.toString());
        assertEquals(cache + ": deleted " + entries + " files\n", clear.out());
        assertEquals(cache + ": 0 entries, 0.0 MB\n", Cli.run("cache", "info", "--cache-dir", cache.toString()).out());
        assertEquals("mine", Files.readString(cache.resolve("README.md")));
    }

    @Test
    void infoOnAFolderThatDoesNotExistSaysSoAndMakesNothing() {
        Path missing = dir.resolve("no-cache");
        Cli info = Cli.run("cache", "info", "--cache-dir", missing.toString());
        assertEquals(0, info.status(), info.err());
        assertEquals(missing + ": no audio cache (the folder does not exist; export, play and cache warm make it)\n", info.out());
        assertTrue(Files.notExists(missing));
    }

    @Test
    void unknownActionIsUsage() {
        Cli r = Cli.run("cache", "purge");
        assertEquals(2, r.status());
        assertEquals("limber: cache: unknown action \"purge\" (expected info, clear or warm)\n", r.err());
    }

    @Test
    void clearDeletesOnlyTheCachesOwnVoiceFilesNotAUsersFileBesideThem() throws Exception {
        Path voices = Files.createDirectories(dir.resolve("cache/voices"));
        Files.writeString(voices.resolve("cmulex_lts.bin"), "voice data");
        Files.writeString(voices.resolve("cmu_us_kal16.bin.123456789.tmp"), "an interrupted copy");
        Files.writeString(voices.resolve("my_recording.bin"), "mine");
        Files.writeString(voices.resolve("notes.txt"), "mine too");
        Cli clear = Cli.run("cache", "clear", "--cache-dir", dir.resolve("cache").toString());
        assertEquals(0, clear.status(), clear.err());
        assertEquals(dir.resolve("cache") + ": deleted 2 files\n", clear.out());
        assertEquals("mine", Files.readString(voices.resolve("my_recording.bin")));
        assertEquals("mine too", Files.readString(voices.resolve("notes.txt")));
        assertTrue(Files.notExists(voices.resolve("cmulex_lts.bin")));
    }

    @Test
    void cacheDirThatIsAFileIsNotAFolderForEveryAction() throws Exception {
        Path file = Files.writeString(dir.resolve("passwd"), "root:x:0:0::/root:/bin/sh\n");
        for (String action : new String[] {"info", "clear", "warm"}) {
            Cli r = action.equals("warm")
                    ? Cli.run("cache", action, "--cache-dir", file.toString(), ExportCommandTest.SEED.toString())
                    : Cli.run("cache", action, "--cache-dir", file.toString());
            assertEquals(2, r.status(), action + ": " + r.err());
            assertEquals("limber: " + file + ": not a folder (the audio cache is a folder: --cache-dir DIR)\n", r.err());
            assertEquals("", r.out(), action);
        }
        assertEquals("root:x:0:0::/root:/bin/sh\n", Files.readString(file));
    }
}
