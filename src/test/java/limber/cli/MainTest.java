package limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code limber} itself answers, before any command runs. */
class MainTest {
    @TempDir
    Path dir;

    @Test
    void versionIsTheBuiltVersionOnStdout() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().matches("limber \\d+\\.\\d+\\.\\d+[^\\n]*\\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpListsEveryCommandWithItsSynopsisAndSummary() {
        Cli r = Cli.run("help");
        assertEquals(0, r.status(), r.err());
        for (String name : Command.NAMES) {
            Command c = Command.named(name);
            assertTrue(r.out().contains("\n  " + (name + " " + c.synopsis()).strip() + "\n      " + c.summary() + "\n"),
                    r.out());
        }
        assertTrue(r.out().contains("\n  help [COMMAND]\n"), r.out());
        assertEquals(r.out(), Cli.run("--help").out());
    }

    @Test
    void helpCommandIsThatCommandsHelp() {
        for (String name : Command.NAMES) {
            Cli help = Cli.run("help", name);
            assertEquals(0, help.status(), help.err());
            assertEquals(Cli.run(name, "--help").out(), help.out());
            assertTrue(help.out().startsWith("usage: limber " + name), help.out());
        }
    }

    @Test
    void helpOfAnUnknownCommandSuggestsTheNearestOne() {
        Cli r = Cli.run("help", "exprot");
        assertEquals(2, r.status());
        assertEquals("limber: unknown command \"exprot\" (did you mean \"export\"?); " + Main.USAGE.substring(7) + "\n",
                r.err());
        assertEquals("limber: unknown command \"hlep\" (did you mean \"help\"?); " + Main.USAGE.substring(7) + "\n",
                Cli.run("hlep").err());
    }

    @Test
    void singleValueOptionGivenTwiceIsOneLineAndExitTwo() throws Exception {
        Path wav = dir.resolve("s.wav");
        Cli r = Cli.run("export", ExportCommandTest.SEED.toString(), "--hold", "20", "--hold", "40", "-o", wav.toString());
        assertEquals(2, r.status());
        assertEquals("limber: export: --hold is given 2 times (\"20\", \"40\"); give it once\n", r.err());
        Cli o = Cli.run("export", ExportCommandTest.SEED.toString(), "-o", wav.toString(), "--output", "b.wav");
        assertEquals(2, o.status());
        assertEquals("limber: export: -o is given 2 times (\"" + wav + "\", \"b.wav\"); give it once\n", o.err());
        assertTrue(Files.notExists(wav));
    }
}
