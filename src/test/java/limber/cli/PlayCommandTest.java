package limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code play --text-only} in-process: no audio device, the same timeline printed as it plays.
 * The test's standard input is not a terminal, as with a pipe or /dev/null.
 */
@Tag("realtime") // plays in real time: with the other such classes, side by side
class PlayCommandTest {
    static final String ROUTINE = """
            {"title": "Short", "countdown": [], "settle": 0, "restBetweenStretches": 0,
             "holdOptions": [{"seconds": 1, "label": "quick"}, {"seconds": 2, "label": "slow"}], "defaultHold": 1,
             "stretches": [{"name": "Reach", "steps": ["Reach up.", {"hold": true}]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void withoutATerminalAndWithoutHoldItSaysTheDefaultAndGoesOn() throws Exception {
        Path script = dir.resolve("short.json");
        Files.writeString(script, ROUTINE);
        Cli r = Cli.run(Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString()),
                "play", script.toString(), "--text-only", "--pace", "brisk");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                Holds will be 1 second, quick.
                Short.
                Each hold lasts 1 second.
                Stretch 1 of 1: Reach.
                Reach up.
                Hold for 1 second.
                Release.
                That is the end of the routine. Well done.
                """, r.out());
        assertEquals("", r.err());
    }

    @Test
    void listenWithTextOnlySaysItIsIgnoredAndPlays() throws Exception {
        Path script = dir.resolve("short.json");
        Files.writeString(script, ROUTINE);
        Cli r = Cli.run(Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString()),
                "play", script.toString(), "--text-only", "--pace", "brisk", "--hold", "1", "--listen");
        assertEquals(0, r.status(), r.err());
        assertEquals("limber: --listen is ignored with --text-only (voice control needs the audio player)\n", r.err());
        assertEquals("That is the end of the routine. Well done.", r.out().strip().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void aGermanRoutinePlaysInGermanFromTheMenuToTheClosingLine() throws Exception {
        limber.testkit.Tools.require("espeak-ng");
        Path script = dir.resolve("kurz.json");
        Files.writeString(script, ROUTINE.replace("{\"title\": \"Short\"", "{\"language\": \"de\", \"title\": \"Kurz\"")
                .replace("quick", "schnell").replace("slow", "langsam").replace("Reach up.", "Streck dich.")
                .replace("\"Reach\"", "\"Strecken\""));
        Cli r = Cli.run(Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString(), "PATH", System.getenv("PATH")),
                "play", script.toString(), "--text-only", "--pace", "brisk");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                Du hältst jede Dehnung eine Sekunde, schnell.
                Kurz.
                Du hältst jede Dehnung eine Sekunde lang.
                Übung 1 von 1: Strecken.
                Streck dich.
                Halte eine Sekunde lang.
                Und lösen.
                Das war die letzte Übung. Gut gemacht.
                """, r.out());
        assertEquals("", r.err());
    }

    @Test
    void listenWithAGermanRoutineSaysInGermanThatVoiceCommandsAreEnglishOnly() throws Exception {
        limber.testkit.Tools.require("espeak-ng");
        Path script = dir.resolve("kurz.json");
        Files.writeString(script, FIXED.replace("{\"title\"", "{\"language\": \"de\", \"title\""));
        // no audio device here ends play with exit 1 after the note; with one, it plays 3 s
        Cli r = Cli.run(Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString(), "PATH", System.getenv("PATH")),
                "play", script.toString(), "--pace", "brisk", "--listen");
        assertEquals("limber: Sprachbefehle gibt es nur auf Englisch (pause, resume, next, stop); die Tasten "
                + "funktionieren wie immer.", r.err().lines().findFirst().orElse(""), r.err());
    }

    static final String FIXED = """
            {"title": "Fixed", "countdown": [], "settle": 0, "restBetweenStretches": 0,
             "stretches": [{"name": "Reach", "steps": ["Reach up.", {"hold": 1}]}]}
            """;

    @Test
    void routineWithOnlyFixedHoldsHasNoMenuAndNoHoldLengthLine() throws Exception {
        Path script = dir.resolve("fixed.json");
        Files.writeString(script, FIXED);
        Cli r = Cli.run(Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString()),
                "play", script.toString(), "--text-only", "--pace", "brisk");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                Fixed.
                Stretch 1 of 1: Reach.
                Reach up.
                Hold for 1 second.
                Release.
                That is the end of the routine. Well done.
                """, r.out());
        assertEquals("", r.err());
    }

    @Test
    void holdWithOnlyFixedHoldsIsIgnoredWithOneNote() throws Exception {
        Path script = dir.resolve("fixed.json");
        Files.writeString(script, FIXED);
        Cli r = Cli.run(Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString()),
                "play", script.toString(), "--text-only", "--pace", "brisk", "--hold", "20");
        assertEquals(0, r.status(), r.err());
        assertEquals("limber: --hold is ignored: " + script + " has no \"hold\": true step, only fixed holds\n", r.err());
        assertEquals("Hold for 1 second.", r.out().lines().filter(l -> l.startsWith("Hold")).findFirst().orElse(""));
    }

    @Test
    void aHoldInBreathsIsPlayedWithItsCuesAndHoldIsIgnoredWithOneNote() throws Exception {
        Path script = dir.resolve("breaths.json");
        Files.writeString(script, """
                {"title": "Breaths", "breath": 2, "countdown": [], "settle": 0,
                 "stretches": [{"name": "Reach", "steps": ["Reach up.", {"hold": true, "breaths": 2}]}]}
                """);
        Cli r = Cli.run(Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString()),
                "play", script.toString(), "--text-only", "--pace", "brisk", "--hold", "20");
        assertEquals(0, r.status(), r.err());
        assertEquals("limber: --hold is ignored: " + script + " has no hold of the chosen length, only fixed holds and "
                + "holds in breaths\n", r.err());
        // the first breath in words, the second by its tones alone
        assertEquals("""
                Breaths.
                Stretch 1 of 1: Reach.
                Reach up.
                Hold for 2 breaths.
                Breathe in.
                Breathe out.
                Release.
                That is the end of the routine. Well done.
                """, r.out());
    }

    @Test
    void readyWithoutAKeyboardIsUsage() throws Exception {
        Path script = dir.resolve("short.json");
        Files.writeString(script, ROUTINE);
        Cli r = Cli.run(Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString()),
                "play", script.toString(), "--text-only", "--ready");
        assertEquals(2, r.status());
        assertEquals("limber: --ready needs the keyboard or --listen: standard input is not a terminal\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void musicLimberCannotUseStopsPlayBeforeASoundWithOneLine() throws Exception {
        Path script = dir.resolve("short.json");
        Files.writeString(script, ROUTINE);
        Path song = dir.resolve("song.ogg");
        Files.writeString(song, "not a song");
        Cli r = Cli.run(Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString()),
                "play", script.toString(), "--hold", "1", "--music", song.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("limber: " + song + ": not a format Limber can read (music can be WAV, FLAC, MP3 or Ogg Vorbis)\n",
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void musicWithTextOnlyIsIgnoredWithANote() throws Exception {
        Path script = dir.resolve("short.json");
        Files.writeString(script, ROUTINE);
        Cli r = Cli.run(Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString()),
                "play", script.toString(), "--text-only", "--hold", "1", "--music", dir.resolve("none.mp3").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("limber: --music is ignored with --text-only (there is no sound to put it under)\n", r.err());
        assertTrue(r.out().contains("Release."), r.out());
    }

    @Test
    void readyInTheScriptWithoutAKeyboardIsIgnoredWithOneNote() throws Exception {
        Path script = dir.resolve("ready.json");
        Files.writeString(script, ROUTINE.replace("\"settle\": 0,", "\"settle\": 0, \"ready\": true,"));
        Cli r = Cli.run(Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString()),
                "play", script.toString(), "--text-only", "--pace", "brisk");
        assertEquals(0, r.status(), r.err());
        assertEquals("limber: \"ready\": true in " + script + " is ignored: standard input is not a terminal; the holds"
                + " start by themselves\n", r.err());
        assertTrue(r.out().contains("Hold for 1 second."), r.out());
    }

    private Map<String, String> logged() {
        return Map.of("LIMBER_CACHE_DIR", dir.resolve("cache").toString(), "XDG_DATA_HOME", dir.resolve("data").toString());
    }

    @Test
    void adaptStartsFromTheHoldTheRoutinesLastSessionEndedWithAndSaysSo() throws Exception {
        Path script = dir.resolve("short.json");
        Files.writeString(script, ROUTINE);
        Cli first = Cli.run(logged(), "play", script.toString(), "--text-only", "--pace", "brisk", "--hold", "2");
        assertEquals(0, first.status(), first.err());
        Cli r = Cli.run(logged(), "play", script.toString(), "--text-only", "--pace", "brisk", "--adapt");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of("Holds are 2 seconds, where you left off last time.", "Short.", "Each hold lasts 2 seconds."),
                r.out().lines().limit(3).toList());
        assertTrue(r.out().contains("Hold for 2 seconds.\n"), r.out());
        String log = Files.readString(dir.resolve("data/limber/history.jsonl"));
        assertTrue(log.contains("\"hold\":\"2\",\"holdAtEnd\":\"2\""), log);
        assertTrue(log.contains("\"adapt\":\"true\""), log);
    }

    @Test
    void adaptWithNothingInTheLogSaysSoAndTheMenuAsksAsUsual() throws Exception {
        Path script = dir.resolve("short.json");
        Files.writeString(script, ROUTINE);
        Cli r = Cli.run(logged(), "play", script.toString(), "--text-only", "--pace", "brisk", "--adapt", "--no-log");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("There is no earlier session of this routine in your log yet, so choose a hold length.",
                "Holds will be 1 second, quick."), r.out().lines().limit(2).toList());
        assertTrue(Files.notExists(dir.resolve("data/limber/history.jsonl")), "--no-log writes nothing");
    }

    @Test
    void adaptWithHoldIsUsage() throws Exception {
        Path script = dir.resolve("short.json");
        Files.writeString(script, ROUTINE);
        Cli r = Cli.run(logged(), "play", script.toString(), "--text-only", "--adapt", "--hold", "2");
        assertEquals(2, r.status());
        assertEquals("limber: --adapt and --hold both set the hold length: give one of them\n", r.err());
        assertEquals("", r.out());
        assertTrue(Files.notExists(dir.resolve("data")), "nothing logged");
    }

    @Test
    void checkInWithoutAKeyboardOrVoiceIsUsage() throws Exception {
        Path script = dir.resolve("short.json");
        Files.writeString(script, ROUTINE);
        Cli r = Cli.run(logged(), "play", script.toString(), "--text-only", "--check-in");
        assertEquals(2, r.status());
        assertEquals("limber: --check-in needs the keyboard or --listen: standard input is not a terminal\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void checkInInTheScriptWithoutAKeyboardIsIgnoredWithOneNote() throws Exception {
        Path script = dir.resolve("asks.json");
        Files.writeString(script, ROUTINE.replace("\"settle\": 0,", "\"settle\": 0, \"checkIn\": true,"
                + " \"safety\": \"Stop if it hurts.\","));
        Cli r = Cli.run(logged(), "play", script.toString(), "--text-only", "--pace", "brisk");
        assertEquals(0, r.status(), r.err());
        assertEquals("limber: \"checkIn\": true in " + script + " is ignored: standard input is not a terminal and"
                + " voice control is off; nobody could answer\n", r.err());
        assertTrue(r.out().contains("Release.") && !r.out().contains("How did that feel?"), r.out());
    }

    @Test
    void fromBeyondTheLastStretchIsUsage() throws Exception {
        Path script = dir.resolve("short.json");
        Files.writeString(script, ROUTINE);
        Cli r = Cli.run("play", script.toString(), "--text-only", "--from", "2");
        assertEquals(2, r.status());
        assertEquals("limber: --from must be a whole number 1..1, got \"2\"\n", r.err());
    }

    @Test
    void mistypedCommandSuggestsTheNearestOne() {
        Cli r = Cli.run("exprot", "x");
        assertEquals(2, r.status());
        assertEquals("limber: unknown command \"exprot\" (did you mean \"export\"?); " + Main.USAGE.substring(7) + "\n", r.err());
        assertEquals("limber: unknown command \"paly\" (did you mean \"play\"?); " + Main.USAGE.substring(7) + "\n",
                Cli.run("paly").err());
        assertEquals("limber: unknown command \"dance\"; " + Main.USAGE.substring(7) + "\n", Cli.run("dance").err());
    }
}
