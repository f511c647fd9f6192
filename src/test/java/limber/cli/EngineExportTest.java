package limber.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import limber.audio.Clip;
import limber.audio.Earcons;
import limber.audio.TimelineAudio;
import limber.encode.Ffmpeg;
import limber.routine.Routine;
import limber.routine.RoutineLoader;
import limber.session.Session;
import limber.speech.Narrator;
import limber.speech.Voice;
import limber.speech.engines.Engines;
import limber.testkit.Narrators;
import limber.testkit.Tools;
import limber.timeline.Earcon;
import limber.timeline.Event;
import limber.timeline.SessionOptions;
import limber.timeline.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every installed engine through the real CLI: RHVoice, flite and eSpeak NG run as child
 * processes, their WAVs at their own rates, holds exact to the sample at that rate. .ci/run
 * installs the engines; a machine without one fails here with its install line.
 */
class EngineExportTest {
    static final String TINY = ExportCommandTest.TINY;
    static final Map<String, String> ENV = Map.of("PATH", System.getenv("PATH"));

    @TempDir
    static Path cache;
    @TempDir
    Path dir;

    @BeforeAll
    static void enginesAreInstalled() {
        Tools.require(Tools.ENGINES);
        Tools.require("ffmpeg", "ffprobe");
    }

    private Path script(String json) throws IOException {
        Path p = dir.resolve("tiny.json");
        Files.writeString(p, json);
        return p;
    }

    private static Cli export(String... extra) {
        List<String> args = new ArrayList<>(List.of("export", "--cache-dir", cache.toString()));
        args.addAll(List.of(extra));
        return Cli.run(ENV, args.toArray(String[]::new));
    }

    private static TimelineAudio session(Path script, String voice) throws Exception {
        return session(RoutineLoader.load(script), 4, voice, cache);
    }

    /** The session the CLI exports of {@code routine} with {@code voice}: its clips through {@code cache}. */
    static TimelineAudio session(Routine routine, int hold, String voice, Path cache) throws Exception {
        Engines engines = Engines.on(System.getenv("PATH"));
        Voice v = engines.find(voice);
        try (Narrator n = Narrators.cached(engines.open(v, engines.defaultRate(v), null), cache)) {
            return Session.prepare(routine, SessionOptions.defaults(hold), n);
        }
    }

    static short[] samples(Path wav) throws IOException {
        byte[] bytes = Files.readAllBytes(wav);
        short[] s = new short[(bytes.length - 44) / 2];
        ByteBuffer.wrap(bytes, 44, bytes.length - 44).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rhvoice:clb=24000", "flite:kal16=16000", "espeak-ng:en-us=22050", "freetts:kevin16=16000"})
    void exportRunsAtTheVoicesOwnRateWithHoldsExactToTheSample(String voiceAndRate) throws Exception {
        String voice = voiceAndRate.split("=")[0];
        int rate = Integer.parseInt(voiceAndRate.split("=")[1]);
        Path wav = dir.resolve("s.wav");
        Path vtt = dir.resolve("s.vtt");
        Cli r = export(script(TINY).toString(), "--voice", voice, "-o", wav.toString(), "--captions", vtt.toString());
        assertEquals(0, r.status(), r.err());

        AudioFileFormat f = AudioSystem.getAudioFileFormat(wav.toFile());
        assertEquals(rate, (int) f.getFormat().getSampleRate());
        TimelineAudio session = session(dir.resolve("tiny.json"), voice);
        Timeline t = session.timeline();
        assertEquals(rate, t.rate());
        assertEquals(t.length(), f.getFrameLength());

        short[] pcm = samples(wav);
        Map<Earcon, Clip> earcons = Earcons.all(rate);
        short[] start = earcons.get(Earcon.HOLD_START).toArray();
        short[] end = earcons.get(Earcon.HOLD_END).toArray();
        assertEquals(List.of(4L * rate, 2L * rate), t.holds().stream().map(Timeline.Span::length).toList());
        for (Timeline.Span s : t.holds()) {
            // the rising chime ends on the hold's first sample, the falling one starts on its end
            assertArrayEquals(start, java.util.Arrays.copyOfRange(pcm, (int) s.start() - start.length, (int) s.start()));
            assertArrayEquals(end, java.util.Arrays.copyOfRange(pcm, (int) s.end(), (int) s.end() + end.length));
        }

        List<Event.Speech> speech = t.events().stream().filter(e -> e instanceof Event.Speech).map(e -> (Event.Speech) e).toList();
        Matcher m = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})\n(.*)\n")
                .matcher(Files.readString(vtt));
        int i = 0;
        while (m.find()) {
            Event.Speech s = speech.get(i++);
            assertEquals(s.start() * 1000 / rate, millis(m, 1), s.text());
            assertEquals(s.end() * 1000 / rate, millis(m, 5), s.text());
            assertTrue(s.length() > rate / 10, "a real utterance, not an empty clip: " + s.text());
        }
        assertEquals(speech.size(), i);
    }

    private static long millis(Matcher m, int g) {
        return ((Long.parseLong(m.group(g)) * 60 + Long.parseLong(m.group(g + 1))) * 60
                + Long.parseLong(m.group(g + 2))) * 1000 + Long.parseLong(m.group(g + 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rhvoice:clb=24000", "espeak-ng:en-us=22050", "flite:rms=16000"})
    void mp3AtTheVoicesRateDecodesToTheWavsLength(String voiceAndRate) throws Exception {
        String voice = voiceAndRate.split("=")[0];
        int rate = Integer.parseInt(voiceAndRate.split("=")[1]);
        Path wav = dir.resolve("s.wav");
        Path mp3 = dir.resolve("s.mp3");
        assertEquals(0, export(script(TINY).toString(), "--voice", voice, "-o", wav.toString()).status());
        Cli r = export(script(TINY).toString(), "--voice", voice, "-o", mp3.toString());
        assertEquals(0, r.status(), r.err());
        long frames = AudioSystem.getAudioFileFormat(wav.toFile()).getFrameLength();
        assertEquals(frames, Ffmpeg.decodedSamples(mp3, rate));
        assertEquals(String.valueOf(rate), Ffmpeg.probe(mp3).get("streams").get(0).get("sample_rate").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rhvoice:slt", "flite:kal16", "espeak-ng:en-us"})
    void secondExportIsACacheHitAndByteIdentical(String voice) throws Exception {
        Path own = dir.resolve("cache");
        Path a = dir.resolve("a.wav");
        Path b = dir.resolve("b.wav");
        Cli first = Cli.run(ENV, "export", "--cache-dir", own.toString(), script(TINY).toString(), "--voice", voice, "-o", a.toString());
        assertEquals(0, first.status(), first.err());
        Map<Path, FileTime> before = ExportCommandTest.entries(own);
        assertFalse(before.isEmpty());
        assertEquals(0, Cli.run(ENV, "export", "--cache-dir", own.toString(), script(TINY).toString(), "--voice", voice,
                "-o", b.toString()).status());
        assertEquals(before, ExportCommandTest.entries(own), "nothing synthesized, nothing rewritten");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rhvoice:clb", "flite:kal16", "espeak-ng:en-us"})
    void shellMetacharactersInAStepAreSpokenAndRunNothing(String voice) throws Exception {
        Path pwned = dir.resolve("pwned");
        Path also = dir.resolve("also");
        String text = "$(touch " + pwned + "); rm -rf ~ `touch " + also + "` | tee x; echo > y & [[ x ]]";
        String json = TINY.replace("\"Reach up.\"", "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        Path wav = dir.resolve("s.wav");
        Cli r = export(script(json).toString(), "--voice", voice, "-o", wav.toString());
        assertEquals(0, r.status(), r.err());
        assertFalse(Files.exists(pwned));
        assertFalse(Files.exists(also));
        assertFalse(Files.exists(Path.of("x")) || Files.exists(Path.of("y")));
        assertTrue(Files.size(wav) > 44);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rhvoice:clb", "flite:rms", "espeak-ng:en-us"})
    void aVoiceWhoseEngineIsMissingIsOneLineNamingTheInstallAndWritesNothing(String voice) throws Exception {
        Path wav = dir.resolve("s.wav");
        Cli r = Cli.run(Map.of("PATH", dir.toString()), "export", "--cache-dir", cache.toString(),
                script(TINY).toString(), "--voice", voice, "-o", wav.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("limber: --voice: " + voice + ": ") && r.err().contains("apt-get install "), r.err());
        assertFalse(Files.exists(wav));
    }

    @org.junit.jupiter.api.Test
    void anEngineThatFailsOnALineIsOneLineNamingTheVoiceAndTheLineExitOneNothingWritten() throws Exception {
        // a flite that lists its voices but cannot speak (say its voice data went missing): the
        // real program stands behind it for the listing, a shell script fails the synthesis
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path flite = bin.resolve("flite");
        Files.writeString(flite, "#!/bin/sh\ncase \"$1\" in -lv|--version) exec /usr/bin/flite \"$@\";; esac\n"
                + "echo 'flite: loading voice' >&2\necho 'flite: cannot read /usr/lib/libflite_cmu_us_rms.so' >&2\nexit 4\n");
        flite.toFile().setExecutable(true);
        Path wav = dir.resolve("s.wav");
        Cli r = Cli.run(Map.of("PATH", bin + ":" + System.getenv("PATH")), "export", "--cache-dir", dir.resolve("c").toString(),
                script(TINY).toString(), "--voice", "flite:rms", "-o", wav.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().matches("limber: speech: flite:rms failed on \"[^\"]+\" \\(exit status 4\\): "
                + "flite: cannot read /usr/lib/libflite_cmu_us_rms.so\n"), r.err());
        assertFalse(Files.exists(wav));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".s.wav")).toList());
        }
    }

    @org.junit.jupiter.api.Test
    void shorthandIsReadAsWordsWhileCaptionsKeepTheAuthorsText() throws Exception {
        // the same voice says "Hold 30s, 2x, L/R." exactly as it says the words written out
        String written = "Tiny: Hold 30s, 2x, L/R.";
        String said = "Tiny: Hold 30 seconds, twice, left and right.";
        Path a = dir.resolve("a.wav");
        Path b = dir.resolve("b.wav");
        Path vtt = dir.resolve("a.vtt");
        assertEquals(0, export(script(TINY.replace("\"Tiny\"", "\"" + written + "\"")).toString(), "-o", a.toString(),
                "--captions", vtt.toString()).status());
        assertEquals(0, export(script(TINY.replace("\"Tiny\"", "\"" + said + "\"")).toString(), "-o", b.toString()).status());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(Files.readString(vtt).contains("\n" + written + "\n"), Files.readString(vtt));
    }
}
