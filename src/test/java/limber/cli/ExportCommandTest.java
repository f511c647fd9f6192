package limber.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import limber.audio.Clip;
import limber.audio.TimelineAudio;
import limber.export.Exporter;
import limber.routine.Routine;
import limber.routine.RoutineLoader;
import limber.session.Session;
import limber.speech.CachingNarrator;
import limber.testkit.Narrators;
import limber.testkit.Pcm;
import limber.timeline.Event;
import limber.timeline.SessionOptions;
import limber.timeline.Timeline;
import limber.timeline.TimelineCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI, real FreeTTS, real WAV files. */
class ExportCommandTest {
    static final Path SEED = Path.of("scripts/back-spasm-relief.json");
    static final String TINY = """
            {"title": "Tiny", "countdown": [3, 1], "holdOptions": [{"seconds": 4, "label": "short"}],
             "stretches": [
               {"name": "Reach", "steps": ["Reach up.", {"hold": true, "label": "left side"}]},
               {"name": "Fold", "steps": ["Fold forward.", {"hold": 2}]}]}
            """;

    @TempDir
    static Path cache;
    @TempDir
    Path dir;

    @BeforeAll
    static void warm() {
        // fills the shared cache once, so the tests below run on it
        Cli.run("check", "--cache-dir", cache.toString(), SEED.toString());
    }

    private Path tiny() throws IOException {
        Path p = dir.resolve("tiny.json");
        Files.writeString(p, TINY);
        return p;
    }

    private static TimelineAudio session(Path script, int hold) throws Exception {
        Routine r = RoutineLoader.load(script);
        try (CachingNarrator n = Narrators.kevin16(cache)) {
            return Session.prepare(r, SessionOptions.defaults(hold), n);
        }
    }

    private Cli export(String... extra) {
        List<String> args = new ArrayList<>(List.of("export", "--cache-dir", cache.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void wavHeaderAndLengthMatchTheTimelineToTheSample() throws Exception {
        Path wav = dir.resolve("s.wav");
        Cli r = export(tiny().toString(), "-o", wav.toString());
        assertEquals(0, r.status(), r.err());
        TimelineAudio session = session(tiny(), 4);
        AudioFileFormat f = AudioSystem.getAudioFileFormat(wav.toFile());
        assertEquals(new AudioFormat(16000, 16, 1, true, false).toString(), f.getFormat().toString());
        assertEquals(session.length(), f.getFrameLength());
        assertEquals(44 + 2 * session.length(), Files.size(wav));
        assertEquals("", r.out());
    }

    @Test
    void wavSamplesAreTheClipsAtTheirTimelinePositions() throws Exception {
        Path wav = dir.resolve("s.wav");
        assertEquals(0, export(tiny().toString(), "-o", wav.toString()).status());
        short[] pcm = Pcm.read(wav);
        TimelineAudio session = session(tiny(), 4);
        try (CachingNarrator n = Narrators.kevin16(cache)) {
            for (Event e : session.timeline().events()) {
                if (e instanceof Event.Speech s) {
                    Clip c = n.say(s.text());
                    short[] at = java.util.Arrays.copyOfRange(pcm, (int) s.start(), (int) s.end());
                    assertArrayEquals(c.toArray(), at, s.text());
                } else if (e instanceof Event.Silence) {
                    for (long i = e.start(); i < e.end(); i++) {
                        assertEquals(0, pcm[(int) i]);
                    }
                }
            }
        }
    }

    @Test
    void captionTimesMatchSamplePositions() throws Exception {
        Path wav = dir.resolve("s.wav");
        Path vtt = dir.resolve("s.vtt");
        assertEquals(0, export(tiny().toString(), "-o", wav.toString(), "--captions", vtt.toString()).status());
        List<Event.Speech> speech = session(tiny(), 4).timeline().events().stream()
                .filter(e -> e instanceof Event.Speech).map(e -> (Event.Speech) e).toList();
        String text = Files.readString(vtt);
        assertTrue(text.startsWith("WEBVTT\n"));
        Matcher m = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})\n(.*)\n").matcher(text);
        int i = 0;
        while (m.find()) {
            Event.Speech s = speech.get(i++);
            assertEquals(s.start() / 16, millis(m, 1), s.text());
            assertEquals(s.end() / 16, millis(m, 5), s.text());
            assertEquals(s.text(), m.group(9));
        }
        assertEquals(speech.size(), i);
    }

    private static long millis(Matcher m, int g) {
        return ((Long.parseLong(m.group(g)) * 60 + Long.parseLong(m.group(g + 1))) * 60
                + Long.parseLong(m.group(g + 2))) * 1000 + Long.parseLong(m.group(g + 3));
    }

    @Test
    void seedAt20And40DiffersByElevenHoldsOf20SecondsPlusTheAnnouncements() throws Exception {
        Path a = dir.resolve("20.wav");
        Path b = dir.resolve("40.wav");
        assertEquals(0, export(SEED.toString(), "--hold", "20", "-o", a.toString()).status());
        assertEquals(0, export(SEED.toString(), "--hold", "40", "-o", b.toString()).status());
        Routine seed = RoutineLoader.load(SEED);
        assertEquals(11, seed.chosenHolds());
        long announcements = 0;
        try (CachingNarrator n = Narrators.kevin16(cache)) {
            announcements += n.say(TimelineCompiler.holdLength(40)).length() - n.say(TimelineCompiler.holdLength(20)).length();
            for (var s : seed.stretches()) {
                for (var step : s.steps()) {
                    if (step instanceof limber.routine.Step.Hold h) {
                        announcements += n.say(TimelineCompiler.holdAnnouncement(40, h.label())).length()
                                - n.say(TimelineCompiler.holdAnnouncement(20, h.label())).length();
                    }
                }
            }
        }
        long difference = (Files.size(b) - Files.size(a)) / 2;
        assertEquals(11L * 20 * 16_000 + announcements, difference);
    }

    @Test
    void twoExportsWithTheSameOptionsAreByteIdentical() throws Exception {
        Path a = dir.resolve("a.wav");
        Path b = dir.resolve("b.wav");
        assertEquals(0, export(SEED.toString(), "-o", a.toString()).status());
        assertEquals(0, export(SEED.toString(), "-o", b.toString()).status());
        assertEquals(-1, Files.mismatch(a, b));
    }

    @Test
    void twoVoicesInParallelExportTheSameBytesAsOne() throws Exception {
        // empty caches: every line is really synthesized, by one voice or by two at once
        Routine seed = RoutineLoader.load(SEED);
        SessionOptions options = SessionOptions.defaults(30);
        Timeline draft = TimelineCompiler.compile(seed, options, 16_000, text -> 0);
        List<Path> wavs = new ArrayList<>();
        for (int workers : new int[] {1, 2}) {
            Path own = dir.resolve("cache-" + workers);
            TimelineAudio session = Session.prepare(seed, options, draft,
                    () -> Narrators.kevin16(own), workers);
            Path wav = dir.resolve(workers + ".wav");
            Exporter.export(session, new Exporter.Request(wav, null, null, seed.title(), false), samples -> { });
            wavs.add(wav);
        }
        assertEquals(-1, Files.mismatch(wavs.get(0), wavs.get(1)));
    }

    @Test
    void streamedExportIsByteIdenticalToASessionHeldInMemory() throws Exception {
        // the CLI keeps only part of the speech in memory and reads the rest again from the cache
        Path streamed = dir.resolve("streamed.wav");
        assertEquals(0, export(SEED.toString(), "-o", streamed.toString()).status());
        Routine seed = RoutineLoader.load(SEED);
        Path held = dir.resolve("held.wav");
        Exporter.export(session(SEED, seed.defaultHold()), new Exporter.Request(held, null, null, seed.title(), false), samples -> { });
        assertEquals(-1, Files.mismatch(held, streamed));
    }

    @Test
    void exportServedFromTheCacheLoadsNoFreeTtsClass() throws Exception {
        Path wav = dir.resolve("a.wav");
        assertEquals(0, export(SEED.toString(), "-o", wav.toString()).status()); // fills what is missing
        Path log = dir.resolve("classes.txt");
        Path jvm = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(jvm.toString(), "-Xlog:class+load=info:file=" + log,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "export", SEED.toString(), "--cache-dir", cache.toString(), "-o", wav.toString(), "--force")
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "export did not finish");
        assertEquals(0, p.exitValue(), output);
        List<String> loaded = Files.readAllLines(log).stream().filter(l -> l.contains("com.sun.speech")).toList();
        assertEquals(List.of(), loaded);
    }

    @Test
    void secondExportSynthesizesNothing() throws Exception {
        Path own = dir.resolve("cache");
        Path wav = dir.resolve("a.wav");
        assertEquals(0, Cli.run(Map.of("LIMBER_CACHE_DIR", own.toString()), "export", tiny().toString(), "-o", wav.toString()).status());
        Map<Path, FileTime> before = entries(own);
        assertFalse(before.isEmpty());
        assertEquals(0, Cli.run(Map.of("LIMBER_CACHE_DIR", own.toString()), "export", tiny().toString(), "-o", wav.toString(), "--force").status());
        assertEquals(before, entries(own));
    }

    /** Every file under {@code dir} with its modification time: what a run rewrote shows. */
    static Map<Path, FileTime> entries(Path dir) throws IOException {
        Map<Path, FileTime> m = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(p, Files.getLastModifiedTime(p));
            }
        }
        return m;
    }

    @Test
    void exportedFileIsReadableByOthersLikeAnyFileTheUserMakes() throws Exception {
        Path wav = dir.resolve("s.wav");
        assertEquals(0, export(tiny().toString(), "-o", wav.toString()).status());
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(wav));
    }

    @Test
    void existingFileIsNotOverwrittenWithoutForce() throws Exception {
        Path wav = dir.resolve("keep.wav");
        Files.writeString(wav, "precious");
        Cli r = export(tiny().toString(), "-o", wav.toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + wav + ": file exists (use --force to overwrite)\n", r.err());
        assertEquals("precious", Files.readString(wav));
        assertEquals(0, export(tiny().toString(), "-o", wav.toString(), "--force").status());
        assertTrue(Files.size(wav) > 44);
        assertEquals(List.of("keep.wav", "tiny.json"), names(dir));
    }

    @Test
    void invalidScriptWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"title\": \"x\", \"stretches\": [{\"name\": \"a\", \"steps\": [{\"hodl\": true}]}]}");
        Cli r = export(bad.toString(), "-o", dir.resolve("x.wav").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("limber: " + bad + ":1:"), r.err());
        assertEquals(1, r.err().lines().count());
        assertEquals(List.of("bad.json"), names(dir));
    }

    @Test
    void unsupportedExtensionListsTheSupportedOnes() throws Exception {
        Cli r = export(tiny().toString(), "-o", dir.resolve("x.ogg").toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + dir.resolve("x.ogg") + ": unsupported audio format (supported: .wav, .mp3)\n", r.err());
    }

    @Test
    void summaryNamesTheChosenHoldOrThatTheHoldsAreFixed() throws Exception {
        Cli chosen = export(tiny().toString(), "-o", dir.resolve("a.wav").toString(), "--hold", "5");
        assertEquals(0, chosen.status(), chosen.err());
        assertTrue(chosen.err().matches("limber: wrote .*a\\.wav \\(0:\\d\\d\\.\\d{3}, \\d+ spoken lines, holds 5 s\\)\n"), chosen.err());
        Path fixed = Files.writeString(dir.resolve("fixed.json"), TINY.replace("\"hold\": true", "\"hold\": 3"));
        Cli only = export(fixed.toString(), "-o", dir.resolve("b.wav").toString());
        assertEquals(0, only.status(), only.err());
        assertTrue(only.err().matches("limber: wrote .*b\\.wav \\(0:\\d\\d\\.\\d{3}, \\d+ spoken lines, fixed holds only\\)\n"), only.err());
    }

    @Test
    void outputThatIsAnExistingFolderSaysSo() throws Exception {
        Cli r = export(tiny().toString(), "-o", dir.toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + dir + ": is a directory; -o names the audio file to write (e.g. "
                + dir.resolve("session.wav") + ")\n", r.err());
        assertEquals(List.of("tiny.json"), names(dir));
    }

    @Test
    void missingDirectoryIsOneLine() throws Exception {
        Path wav = dir.resolve("nope/x.wav");
        Cli r = export(tiny().toString(), "-o", wav.toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + wav + ": directory " + dir.resolve("nope") + " does not exist\n", r.err());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
