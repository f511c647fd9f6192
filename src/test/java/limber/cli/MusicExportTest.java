package limber.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import limber.audio.TimelineAudio;
import limber.mix.Loudness;
import limber.mix.MusicFiles;
import limber.routine.RoutineLoader;
import limber.testkit.Ebur128;
import limber.testkit.Tools;
import limber.timeline.Event;
import limber.timeline.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The user's music under an export, through the real CLI, decoded by Limber from files ffmpeg
 * encoded: the export with music minus the same export without it is exactly the music as
 * mixed, so its level under the voice and in the holds is measured on the samples.
 */
class MusicExportTest {
    @TempDir
    static Path cache;
    @TempDir
    static Path made;
    @TempDir
    Path dir;
    static Path song;

    @BeforeAll
    static void music() throws IOException {
        Tools.require("ffmpeg");
        // noise, so that the music is there at every instant (a tone would have its zero crossings)
        song = MusicFiles.noise(made.resolve("song.wav"), 44_100, 7, 1);
    }

    /** Holds long enough for the music to come back up between the voice's lines. */
    static final String ROUTINE = """
            {"title": "Music", "countdown": [3],
             "stretches": [
               {"name": "Reach", "steps": ["Reach up.", {"hold": 12}]},
               {"name": "Fold", "steps": ["Fold forward.", {"hold": 8}]}]}
            """;

    private Cli export(String... extra) throws IOException {
        Path tiny = dir.resolve("tiny.json");
        Files.writeString(tiny, ROUTINE);
        List<String> args = new ArrayList<>(List.of("export", tiny.toString(), "--cache-dir", cache.toString()));
        args.addAll(List.of(extra));
        return Cli.run(EngineExportTest.ENV, args.toArray(String[]::new));
    }

    private static double rmsDb(short[] s, long from, long to) {
        double sum = 0;
        for (long i = from; i < to; i++) {
            sum += (double) s[(int) i] * s[(int) i];
        }
        return 10 * Math.log10(sum / Math.max(1, to - from) / (32768.0 * 32768.0) + 1e-30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wav", "flac", "mp3", "ogg"})
    void theMusicIsAtItsLevelInTheHoldsAndAtLeast20DbLowerUnderTheVoiceWithNoPeakOverMinusOneDbtp(String format) throws Exception {
        Path file = format.equals("wav") ? song : MusicFiles.encode(song, made.resolve("song." + format));
        Path plain = dir.resolve("plain.wav");
        Path mixed = dir.resolve("mixed.wav");
        assertEquals(0, export("-o", plain.toString()).status());
        Cli r = export("-o", mixed.toString(), "--music", file.toString());
        assertEquals(0, r.status(), r.err());

        short[] a = EngineExportTest.samples(plain);
        short[] b = EngineExportTest.samples(mixed);
        assertEquals(a.length, b.length, "the music changes no length");
        short[] music = new short[a.length];
        for (int i = 0; i < a.length; i++) {
            music[i] = (short) (b[i] - a[i]);
        }
        TimelineAudio session = EngineExportTest.session(RoutineLoader.load(dir.resolve("tiny.json")), 30,
                "freetts:kevin16", cache);
        Timeline t = session.timeline();
        assertEquals(t.length(), a.length);
        // in the middle second of the longest silence, away from the ramps, and under each line
        Event quiet = t.events().stream().filter(e -> e instanceof Event.Silence)
                .max(java.util.Comparator.comparingLong(Event::length)).orElseThrow();
        assertTrue(quiet.length() > 4L * t.rate(), "a long quiet part: " + quiet);
        long middle = (quiet.start() + quiet.end()) / 2;
        double inHold = rmsDb(music, middle - t.rate() / 2, middle + t.rate() / 2);
        double lufs = Loudness.integrated(java.util.Arrays.copyOfRange(music, (int) middle - t.rate() / 2,
                (int) middle + t.rate() / 2), t.rate());
        assertEquals(-16 - 14, lufs, 1.0, "the music at its default level, 14 LU under the voice's -16 LUFS");
        for (Event e : t.events()) {
            if (!(e instanceof Event.Silence) && e.length() > t.rate() / 20) {
                double under = rmsDb(music, e.start(), e.end());
                assertTrue(inHold - under >= 20, format + ": " + e + " has the music at " + under
                        + " dB, the hold " + inHold + " dB");
            }
            // and the ramp down starts before the voice: the 100 ms before each line is already lower
            if (e instanceof Event.Speech s && s.start() > 2L * t.rate()) {
                double before = rmsDb(music, s.start() - t.rate() / 10, s.start());
                assertTrue(before < inHold - 10, "down before \"" + s.text() + "\": " + before + " against " + inHold);
            }
        }
        // the voice stays at -16 LUFS; the quiet music of the holds only brings the whole file's
        // reading down (here, where holds are most of it), never up, and no peak goes over
        Ebur128.Reading loud = Ebur128.of(mixed);
        assertTrue(loud.integrated() <= -15.5 && loud.integrated() >= -16 - 14, loud.integrated() + " LUFS");
        assertTrue(loud.truePeak() <= -1.0, loud.truePeak() + " dBTP");
    }

    @Test
    void twoExportsWithMusicAreTheSameBytesAndEachSplitTrackCarriesItsPartOfTheMusic() throws Exception {
        Path one = dir.resolve("one.wav");
        Path two = dir.resolve("two.wav");
        Path tracks = dir.resolve("tracks");
        assertEquals(0, export("-o", one.toString(), "--music", song.toString(), "--music-level", "-6").status());
        Cli r = export("-o", two.toString(), "--music", song.toString(), "--music-level", "-6", "--split", tracks.toString());
        assertEquals(0, r.status(), r.err());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));

        short[] whole = EngineExportTest.samples(one);
        int at = 0;
        try (var files = Files.list(tracks)) {
            for (Path track : files.filter(p -> p.toString().endsWith(".wav")).sorted().toList()) {
                short[] part = EngineExportTest.samples(track);
                assertArrayEquals(java.util.Arrays.copyOfRange(whole, at, at + part.length), part, track.toString());
                at += part.length;
            }
        }
        assertEquals(whole.length, at, "the tracks are the whole session, music and all");
    }

    @Test
    void aMusicFileLimberCannotUseIsOneLineAndNothingIsWritten() throws Exception {
        Path text = made.resolve("notes.mp3");
        Files.writeString(text, "these are not sounds\n");
        Path out = dir.resolve("s.wav");
        for (String[] bad : new String[][] {
                {made.resolve("missing.ogg").toString(), made.resolve("missing.ogg") + ": cannot read: no such file (music can be WAV, FLAC, MP3 or Ogg Vorbis)"},
                {text.toString(), text + ": not a format Limber can read (music can be WAV, FLAC, MP3 or Ogg Vorbis)"},
                {made.toString(), made + ": cannot read: it is a folder, not a file (music can be WAV, FLAC, MP3 or Ogg Vorbis)"}}) {
            Cli r = export("-o", out.toString(), "--music", bad[0]);
            assertEquals(2, r.status(), r.err());
            assertEquals("limber: " + bad[1] + "\n", r.err());
            assertFalse(Files.exists(out), "nothing written");
        }
        Cli level = export("-o", out.toString(), "--music", song.toString(), "--music-level", "loud");
        assertEquals(2, level.status());
        assertEquals("limber: --music-level must be a whole number -40..0, got \"loud\"\n", level.err());
        Cli alone = export("-o", out.toString(), "--music-level", "-10");
        assertEquals(2, alone.status());
        assertEquals("limber: --music-level without --music: name the music file with --music FILE\n", alone.err());
        assertFalse(Files.exists(out));
    }
}
