package limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import limber.audio.TimelineAudio;
import limber.encode.Ffmpeg;
import limber.routine.RoutineLoader;
import limber.session.Session;
import limber.speech.CachingNarrator;
import limber.testkit.Narrators;
import limber.timeline.SessionOptions;
import limber.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-hour session exports as MP3 in a JVM whose heap is smaller than the file it writes. */
class LongExportTest {
    /** Smaller than the 43 MB the MP3 comes to, and a fifth of the session's PCM. */
    static final String HEAP = "-Xmx32m";

    @TempDir
    Path dir;

    /** 90 stretches of a 60-second hold each: a little over two hours with the rests and speech. */
    static String longRoutine() {
        StringJoiner stretches = new StringJoiner(",\n");
        for (int i = 1; i <= 90; i++) {
            stretches.add("{\"name\": \"Reach " + i + "\", \"steps\": [\"Reach up.\", {\"hold\": 60}]}");
        }
        return "{\"title\": \"Long\", \"stretches\": [\n" + stretches + "]}";
    }

    @Test
    void twoHourMp3ExportRunsInAHeapSmallerThanTheFile() throws Exception {
        Path script = Files.writeString(dir.resolve("long.json"), longRoutine());
        Path cache = dir.resolve("cache");
        // synthesis happens here, in this JVM: the child measures the export alone
        assertEquals(0, Cli.run("check", "--cache-dir", cache.toString(), script.toString()).status());
        TimelineAudio session;
        try (CachingNarrator n = Narrators.kevin16(cache)) {
            session = Session.prepare(RoutineLoader.load(script), SessionOptions.defaults(30), n);
        }
        assertTrue(session.length() >= 2L * 3600 * 16_000, Timeline.formatTime(session.length(), 16_000));

        Path mp3 = dir.resolve("long.mp3");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), "limber.cli.Main",
                "export", "--cache-dir", cache.toString(), script.toString(), "-o", mp3.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int status = child.waitFor();
        assertEquals(0, status, Files.readString(log));
        assertTrue(Files.size(mp3) > 40_000_000L, "size " + Files.size(mp3));
        long decoded = Ffmpeg.decodedSamples(mp3);
        assertTrue(Math.abs(decoded - session.length()) <= PhoneExportTest.FRAME, decoded + " vs " + session.length());
    }
}
