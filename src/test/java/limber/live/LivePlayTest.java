package limber.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import limber.audio.TimelineAudio;
import limber.cli.Main;
import limber.mix.MusicFiles;
import limber.routine.RoutineLoader;
import limber.session.Session;
import limber.speech.CachingNarrator;
import limber.testkit.Jvm;
import limber.testkit.Narrators;
import limber.testkit.Pcm;
import limber.testkit.Pulse;
import limber.timeline.Earcon;
import limber.timeline.Event;
import limber.timeline.SessionOptions;
import limber.timeline.Timeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code play} through a real audio server: what the null sink received, recorded with parec,
 * is the export's audio, aligned within 20 ms from the first line to the last.
 */
@Tag("realtime")
class LivePlayTest {
    static final String ROUTINE = """
            {"title": "Live check", "countdown": [2, 1], "restBetweenStretches": 1, "settle": 1,
             "stretches": [
               {"name": "Reach", "steps": ["Reach up.", {"hold": true, "label": "left side"}]},
               {"name": "Fold", "steps": ["Fold forward.", {"hold": true}]}]}
            """;
    private static final int MS = 16; // samples per millisecond
    private static Pulse pulse;

    private static synchronized Pulse pulse() throws IOException {
        if (pulse == null) {
            pulse = Pulse.up("live-play");
        }
        return pulse;
    }

    @AfterAll
    static synchronized void stopServer() throws IOException {
        if (pulse != null) {
            pulse.close();
        }
    }

    @TempDir
    Path dir;

    @Test
    void recordingOfPlayIsTheExportAlignedWithin20Milliseconds() throws Exception {
        alignedWithin20Milliseconds(ROUTINE);
    }

    @Test
    void aHoldInBreathsPlaysLiveWithEveryBreathCueWhereTheExportHasIt() throws Exception {
        // 3 breaths of 4 s and the countdown's "2." at 10 s: the last out cue gives way to it
        int tones = alignedWithin20Milliseconds("""
                {"title": "Live breaths", "breath": 4, "countdown": [2], "settle": 1,
                 "stretches": [{"name": "Child's pose", "steps": ["Sit back.", {"hold": true, "breaths": 3, "label": "left side"}]}]}
                """);
        assertEquals(2 + 3 + 3 - 1, tones, "hold start and end, 3 in and 2 out tones heard live");
        String said = Files.readString(dir.resolve("out.txt"));
        assertTrue(said.contains("Hold for 3 breaths, left side.\nBreathe in.\nBreathe out.\n2.\nRelease."), said);
    }

    /**
     * Plays {@code routine} (with {@code --hold 3}) into the null sink and finds every line and
     * earcon of its export in the recording, within 20 ms of where the export has it; the earcons found.
     */
    private int alignedWithin20Milliseconds(String routine) throws Exception {
        Map<String, String> env = pulse().env();
        Path script = dir.resolve("live.json");
        Files.writeString(script, routine);
        Path cache = dir.resolve("cache");
        Path ref = dir.resolve("ref.wav");
        assertEquals(0, Main.run(new String[] {"export", script.toString(), "--hold", "3", "-o", ref.toString(),
                "--cache-dir", cache.toString()}, new PrintStream(new ByteArrayOutputStream()), System.err));
        TimelineAudio session;
        try (CachingNarrator n = Narrators.kevin16(cache)) {
            session = Session.prepare(RoutineLoader.load(script), SessionOptions.defaults(3), n);
        }

        short[] cap = playRecorded(env, "play", script.toString(), "--hold", "3", "--cache-dir", cache.toString());
        short[] wav = Pcm.read(ref);
        assertEquals(session.length(), wav.length);

        // coarse alignment by the first sound, refined by correlation over the first line
        int r0 = Pcm.onset(wav, 0, 1000);
        int c0 = Pcm.onset(cap, 0, 1000);
        assertTrue(c0 >= 0, "the recording is silent");
        double[] first = Pcm.bestLag(wav, r0, 4000, cap, c0 - r0 - 800, c0 - r0 + 800);
        int offset = (int) first[0];

        // every spoken line and earcon, found where it was heard
        List<String> report = new ArrayList<>();
        double worst = 0;
        double startDev = 0;
        double worstHold = 0;
        int tones = 0;
        for (Event e : session.timeline().events()) {
            if (e instanceof Event.Silence || e.length() < 800) {
                continue;
            }
            tones += e instanceof Event.Tone ? 1 : 0;
            int window = (int) Math.min(e.length(), 3200);
            double[] m = Pcm.bestLag(wav, (int) e.start(), window, cap, offset - 30 * MS, offset + 30 * MS);
            double dev = (m[0] - offset) / MS;
            assertTrue(m[1] > 0.9, "no match for " + e + " (correlation " + m[1] + ")");
            worst = Math.max(worst, Math.abs(dev));
            if (e instanceof Event.Tone t && t.earcon() == Earcon.HOLD_START) {
                startDev = dev;
            }
            if (e instanceof Event.Tone t && t.earcon() == Earcon.HOLD_END) {
                double holdError = dev - startDev;
                worstHold = Math.max(worstHold, Math.abs(holdError));
                report.add(String.format("hold ending at %.3f s: timing error %+.2f ms", e.start() / 16000.0, holdError));
            }
        }
        System.out.printf("live play vs export: %d events matched, worst drift %.2f ms, worst hold error %.2f ms%n",
                session.timeline().events().size(), worst, worstHold);
        report.forEach(System.out::println);
        assertTrue(worst <= 20, "drift " + worst + " ms");
        assertTrue(worstHold <= 20, "hold error " + worstHold + " ms");
        return tones;
    }

    /** What the null sink heard of one whole {@code limber} run, started with {@code args} (input /dev/null). */
    private short[] playRecorded(Map<String, String> env, String... args) throws Exception {
        Pulse.Recording recording = pulse().record(dir.resolve("cap.raw"));
        ProcessBuilder pb = new ProcessBuilder(Jvm.limber(args));
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process play = pb.start();
        assertTrue(play.waitFor(120, TimeUnit.SECONDS), "play did not finish");
        assertEquals(0, play.exitValue(), Files.readString(dir.resolve("err.txt")));
        return recording.stop();
    }

    @Test
    void theMusicPlaysLiveAsInTheExportAtItsLevelInTheHoldAndDuckedUnderTheVoice() throws Exception {
        Map<String, String> env = pulse().env();
        Path script = dir.resolve("music.json");
        Files.writeString(script, """
                {"title": "Music check", "countdown": [], "settle": 1,
                 "stretches": [{"name": "Reach", "steps": ["Reach up.", {"hold": 8}]}]}
                """);
        Path song = MusicFiles.noise(dir.resolve("song.wav"), 44_100, 5, 7);
        Path cache = dir.resolve("cache");
        Path ref = dir.resolve("ref.wav");
        assertEquals(0, Main.run(new String[] {"export", script.toString(), "--music", song.toString(), "-o",
                ref.toString(), "--cache-dir", cache.toString()}, new PrintStream(new ByteArrayOutputStream()), System.err));
        short[] wav = Pcm.read(ref);
        short[] cap = playRecorded(env, "play", script.toString(), "--music", song.toString(), "--cache-dir",
                cache.toString());
        TimelineAudio session;
        try (CachingNarrator n = Narrators.kevin16(cache)) {
            session = Session.prepare(RoutineLoader.load(script), SessionOptions.defaults(30), n);
        }
        Timeline.Span hold = session.timeline().holds().get(0);
        // the music in the middle of the hold, as the export has it, found in the recording
        int middle = (int) (hold.start() + hold.length() / 2);
        int r0 = Pcm.onset(wav, 0, 1000);
        int c0 = Pcm.onset(cap, 0, 1000);
        double[] lag = Pcm.bestLag(wav, middle, 8000, cap, c0 - r0 - 16_000, c0 - r0 + 16_000);
        assertTrue(lag[1] > 0.95, "the hold's music heard live as exported (correlation " + lag[1] + ")");
        double inHold = Pcm.rms(cap, middle + (int) lag[0], middle + (int) lag[0] + 8000);
        double underVoice = Pcm.rms(wav, (int) hold.start() - 8000, (int) hold.start()); // the chime and the line before
        assertTrue(inHold > 100, "music in the hold: rms " + inHold);
        System.out.printf("live music: correlation %.3f with the export in the hold, rms %.0f%n", lag[1], inHold);
        assertTrue(underVoice > inHold, "the voice is louder than the music");
    }

    @Test
    void audioDeviceThatDisappearsMidPlayIsOneLineAndExitOne() throws Exception {
        Path script = dir.resolve("live.json");
        Files.writeString(script, ROUTINE);
        // a server of this test's own, so stopping it disturbs no other test
        Pulse own = Pulse.up(dir.resolve("pulse"));
        ProcessBuilder pb = new ProcessBuilder(Jvm.limber("play", script.toString(), "--hold", "30",
                "--cache-dir", dir.resolve("cache").toString()));
        pb.environment().putAll(own.env());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process play = pb.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.readString(dir.resolve("out.txt")).contains("Hold for 30 seconds") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        own.close();
        long stopped = System.nanoTime();
        assertTrue(play.waitFor(10, TimeUnit.SECONDS), "play hangs after its audio device went away");
        double seconds = (System.nanoTime() - stopped) / 1e9;
        System.out.printf("device gone: play ended %.2f s later with status %d%n", seconds, play.exitValue());
        assertEquals(1, play.exitValue());
        assertEquals("limber: play: the audio output device stopped playing (was it unplugged, or its server stopped?)\n",
                Files.readString(dir.resolve("err.txt")));
    }
}
