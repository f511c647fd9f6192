package limber.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import limber.audio.TimelineAudio;
import limber.encode.Ffmpeg;
import limber.routine.RoutineLoader;
import limber.session.Session;
import limber.speech.CachingNarrator;
import limber.testkit.Narrators;
import limber.testkit.Pcm;
import limber.timeline.SessionOptions;
import limber.timeline.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MP3 with chapters, and --split tracks with a playlist: the real CLI, read back with ffmpeg. */
class PhoneExportTest {
    static final Path SEED = ExportCommandTest.SEED;
    /** One MPEG-2 Layer III frame. */
    static final int FRAME = 576;

    @TempDir
    static Path cache;
    @TempDir
    Path dir;

    @BeforeAll
    static void warm() {
        Cli.run("check", "--cache-dir", cache.toString(), SEED.toString());
    }

    private Path tiny() throws IOException {
        Path p = dir.resolve("tiny.json");
        Files.writeString(p, ExportCommandTest.TINY);
        return p;
    }

    private Cli export(String... extra) {
        List<String> args = new ArrayList<>(List.of("export", "--cache-dir", cache.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private static TimelineAudio session(Path script, int hold) throws Exception {
        try (CachingNarrator n = Narrators.kevin16(cache)) {
            return Session.prepare(RoutineLoader.load(script), SessionOptions.defaults(hold), n);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void mp3DecodesToTheWavExportsLengthWithinOneFrame() throws Exception {
        Path wav = dir.resolve("s.wav");
        Path mp3 = dir.resolve("s.mp3");
        assertEquals(0, export(SEED.toString(), "-o", wav.toString()).status());
        Cli r = export(SEED.toString(), "-o", mp3.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        short[] pcm = Pcm.read(wav);
        short[] decoded = Ffmpeg.decode(mp3);
        assertTrue(Math.abs(decoded.length - pcm.length) <= FRAME, decoded.length + " vs " + pcm.length);
        // and in step with it: a lag of even one sample would cost much more than the coding noise
        int n = Math.min(decoded.length, pcm.length);
        double signal = 0;
        double error = 0;
        for (int i = 0; i < n; i++) {
            signal += (double) pcm[i] * pcm[i];
            error += (double) (pcm[i] - decoded[i]) * (pcm[i] - decoded[i]);
        }
        double snr = 10 * Math.log10(signal / error);
        assertTrue(snr > 15, "SNR " + snr + " dB");
    }

    @Test
    void mp3ChaptersNameEachStretchAtItsStartAfterAnIntroduction() throws Exception {
        Path mp3 = dir.resolve("s.mp3");
        assertEquals(0, export(SEED.toString(), "-o", mp3.toString()).status());
        Timeline t = session(SEED, 30).timeline();
        List<String> expected = new ArrayList<>();
        expected.add("0 Introduction");
        t.chapters().forEach(c -> expected.add(c.start() / 16 + " " + c.name()));
        List<String> actual = new ArrayList<>();
        JsonNode chapters = Ffmpeg.probe(mp3).get("chapters");
        for (int i = 0; i < chapters.size(); i++) {
            JsonNode c = chapters.get(i);
            actual.add(c.get("start").asLong() + " " + c.get("tags").get("title").asText());
            long end = i + 1 < chapters.size() ? chapters.get(i + 1).get("start").asLong() : t.length() / 16;
            assertEquals(end, c.get("end").asLong(), "end of chapter " + i);
            assertEquals("1/1000", c.get("time_base").asText());
        }
        assertEquals(expected, actual);
        assertEquals(7, actual.size());
    }

    @Test
    void mp3IsTaggedWithTheRoutinesTitleAndAlbumLimber() throws Exception {
        Path mp3 = dir.resolve("s.mp3");
        assertEquals(0, export(tiny().toString(), "-o", mp3.toString()).status());
        JsonNode format = Ffmpeg.probe(mp3).get("format");
        assertEquals("Tiny", format.get("tags").get("title").asText());
        assertEquals("Limber", format.get("tags").get("album").asText());
        assertEquals("mp3", format.get("format_name").asText());
    }

    @Test
    void twoMp3ExportsWithTheSameOptionsAreByteIdentical() throws Exception {
        Path a = dir.resolve("a.mp3");
        Path b = dir.resolve("b.mp3");
        assertEquals(0, export(tiny().toString(), "-o", a.toString()).status());
        assertEquals(0, export(tiny().toString(), "-o", b.toString()).status());
        assertEquals(-1, Files.mismatch(a, b));
    }

    @Test
    void splitWritesOneWavPerPartAndAPlaylistInOrder() throws Exception {
        Path wav = dir.resolve("s.wav");
        Path tracks = dir.resolve("tracks");
        Cli r = export(tiny().toString(), "-o", wav.toString(), "--split", tracks.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().endsWith("limber: wrote 3 tracks and " + tracks.resolve("s.m3u") + "\n"), r.err());
        assertEquals(List.of("00 Introduction.wav", "01 Reach.wav", "02 Fold.wav", "s.m3u"), names(tracks));
        Timeline t = session(tiny(), 4).timeline();
        long reach = t.chapters().get(0).start();
        long fold = t.chapters().get(1).start();
        assertEquals("#EXTM3U\n#PLAYLIST:Tiny\n"
                + "#EXTINF:" + Math.round(reach / 16000.0) + ",Introduction\n00 Introduction.wav\n"
                + "#EXTINF:" + Math.round((fold - reach) / 16000.0) + ",Reach\n01 Reach.wav\n"
                + "#EXTINF:" + Math.round((t.length() - fold) / 16000.0) + ",Fold\n02 Fold.wav\n",
                Files.readString(tracks.resolve("s.m3u")));
        // the tracks, end to end, are the whole export to the sample
        short[] whole = Pcm.read(wav);
        List<short[]> parts = List.of(Pcm.read(tracks.resolve("00 Introduction.wav")),
                Pcm.read(tracks.resolve("01 Reach.wav")), Pcm.read(tracks.resolve("02 Fold.wav")));
        assertEquals(reach, parts.get(0).length);
        assertEquals(fold - reach, parts.get(1).length);
        short[] joined = new short[whole.length];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, joined, at, p.length);
            at += p.length;
        }
        assertEquals(whole.length, at);
        assertArrayEquals(whole, joined);
    }

    @Test
    void splitMp3TracksDecodeToTheirPartsAndCarryTheirTitles() throws Exception {
        Path tracks = dir.resolve("tracks");
        Cli r = export(tiny().toString(), "-o", dir.resolve("s.mp3").toString(), "--split", tracks.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("00 Introduction.mp3", "01 Reach.mp3", "02 Fold.mp3", "s.m3u"), names(tracks));
        Timeline t = session(tiny(), 4).timeline();
        long[] bounds = {0, t.chapters().get(0).start(), t.chapters().get(1).start(), t.length()};
        String[] files = {"00 Introduction.mp3", "01 Reach.mp3", "02 Fold.mp3"};
        String[] titles = {"Introduction", "Reach", "Fold"};
        for (int i = 0; i < 3; i++) {
            Path track = tracks.resolve(files[i]);
            assertEquals(bounds[i + 1] - bounds[i], Ffmpeg.decode(track).length, files[i]);
            JsonNode tags = Ffmpeg.probe(track).get("format").get("tags");
            assertEquals(titles[i], tags.get("title").asText());
            assertEquals("Tiny", tags.get("album").asText());
            assertEquals((i + 1) + "/3", tags.get("track").asText());
        }
    }

    @Test
    void existingTrackWithoutForceIsAnErrorAndNothingIsWritten() throws Exception {
        Path tracks = Files.createDirectory(dir.resolve("tracks"));
        Files.writeString(tracks.resolve("01 Reach.mp3"), "precious");
        Path mp3 = dir.resolve("s.mp3");
        Cli r = export(tiny().toString(), "-o", mp3.toString(), "--split", tracks.toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + tracks.resolve("01 Reach.mp3") + ": file exists (use --force to overwrite)\n", r.err());
        assertEquals(List.of("01 Reach.mp3"), names(tracks));
        assertEquals(List.of("tiny.json", "tracks"), names(dir));
        assertEquals(0, export(tiny().toString(), "-o", mp3.toString(), "--split", tracks.toString(), "--force").status());
        assertEquals(List.of("00 Introduction.mp3", "01 Reach.mp3", "02 Fold.mp3", "s.m3u"), names(tracks));
    }

    @Test
    void unsupportedExtensionWithSplitIsOneLineAndWritesNothing() throws Exception {
        Path ogg = dir.resolve("s.ogg");
        Cli r = export(tiny().toString(), "-o", ogg.toString(), "--split", dir.resolve("tracks").toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + ogg + ": unsupported audio format (supported: .wav, .mp3)\n", r.err());
        assertEquals(List.of("tiny.json"), names(dir));
    }

    @Test
    void splitUnderTheMissingFolderOfOutputNamesThatFolderFirst() throws Exception {
        Path mp3 = dir.resolve("phone/back.mp3");
        Cli r = export(tiny().toString(), "-o", mp3.toString(), "--split", dir.resolve("phone/back").toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + mp3 + ": directory " + dir.resolve("phone") + " does not exist\n", r.err());
        assertEquals(List.of("tiny.json"), names(dir));
    }

    @Test
    void splitIntoAFileIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("tracks"), "x");
        Cli r = export(tiny().toString(), "-o", dir.resolve("s.mp3").toString(), "--split", file.toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + file + ": not a directory\n", r.err());
        assertEquals(List.of("tiny.json", "tracks"), names(dir));
    }
}
