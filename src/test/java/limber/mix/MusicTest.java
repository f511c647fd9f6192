package limber.mix;

import static limber.mix.MusicFiles.AMPLITUDE;
import static limber.mix.MusicFiles.SECONDS;
import static limber.mix.MusicFiles.TONE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real files through the real decoders: a 10-s 440 Hz tone (44.1 kHz stereo WAV written here)
 * encoded by ffmpeg to every format and WAV variant, opened at each session rate.
 */
class MusicTest {
    static final int[] RATES = {16_000, 22_050, 24_000};
    /**
     * How many samples (at the file's rate) a decoder may give beyond the file's own: none,
     * except MP3, whose encoder delay and padding JLayer keeps (LAME: 576 + 529 samples ahead,
     * the last frame padded, and its tag frame decodes as a frame of silence): three frames.
     */
    static final int MP3_EXTRA = 3 * 1152;

    @TempDir
    static Path dir;
    /** file name -> the file; the name says its format. */
    static final Map<String, Path> FILES = new LinkedHashMap<>();

    @BeforeAll
    static void makeMusic() throws IOException {
        Path src = MusicFiles.tone(dir.resolve("tone-16bit-stereo-44k.wav"), 44_100, 2, TONE, SECONDS, false);
        FILES.put("wav 16-bit stereo 44.1 kHz", src);
        FILES.put("wav 8-bit", MusicFiles.encode(src, dir.resolve("tone-8bit.wav"), "-c:a", "pcm_u8"));
        FILES.put("wav 24-bit", MusicFiles.encode(src, dir.resolve("tone-24bit.wav"), "-c:a", "pcm_s24le"));
        FILES.put("wav float", MusicFiles.encode(src, dir.resolve("tone-float.wav"), "-c:a", "pcm_f32le"));
        FILES.put("wav mono 48 kHz", MusicFiles.encode(src, dir.resolve("tone-48k.wav"), "-ac", "1", "-ar", "48000"));
        FILES.put("flac", MusicFiles.encode(src, dir.resolve("tone.flac"), "-c:a", "flac"));
        FILES.put("mp3", MusicFiles.encode(src, dir.resolve("tone.mp3"), "-c:a", "libmp3lame", "-b:a", "128k"));
        FILES.put("ogg vorbis", MusicFiles.encode(src, dir.resolve("tone.ogg"), "-c:a", "libvorbis", "-q:a", "4"));
    }

    static Stream<Arguments> filesAndRates() {
        List<Arguments> all = new ArrayList<>();
        for (String name : List.of("wav 16-bit stereo 44.1 kHz", "wav 8-bit", "wav 24-bit", "wav float",
                "wav mono 48 kHz", "flac", "mp3", "ogg vorbis")) {
            for (int rate : RATES) {
                all.add(Arguments.of(name, rate));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1} Hz")
    @MethodSource("filesAndRates")
    void eachFileDecodesToItsLengthAndKeepsItsToneAtEachRate(String name, int rate) throws Exception {
        Path file = FILES.get(name);
        int fileRate = name.contains("48 kHz") ? 48_000 : 44_100;
        long expected = (long) SECONDS * rate;
        long extra = name.equals("mp3") ? (long) Math.ceil((double) MP3_EXTRA * rate / fileRate) : 0;
        try (Music m = Music.open(file, rate, 3L * SECONDS * rate)) {
            long got = m.fileSamples();
            assertTrue(got >= expected && got <= expected + extra,
                    name + " at " + rate + " Hz: " + got + " samples, want " + expected + (extra > 0 ? " + up to " + extra : ""));
            float[] s = MusicFiles.readAll(m, 4096);
            assertEquals(3L * SECONDS * rate, s.length);
            // from the end of the fade-in to the first seam: the file as decoded, nothing else
            int from = 3 * rate;
            int to = (int) (got - Math.round(Music.CROSSFADE_SECONDS * rate));
            double hz = MusicFiles.frequency(s, from, to, rate);
            assertEquals(TONE, hz, 0.5, name + " at " + rate + " Hz: the tone came out at " + hz + " Hz");
            // LAME's file plays 0.45 dB quieter than its source, through ffmpeg's decoder too
            double level = MusicFiles.rms(s, from, to) * Math.sqrt(2);
            assertEquals(AMPLITUDE, level, name.equals("mp3") ? 0.04 : 0.01, name + " at " + rate + " Hz: amplitude " + level);
        }
    }

    @Test
    void stereoIsMixedToMonoByAveraging() throws Exception {
        Path file = MusicFiles.tone(dir.resolve("antiphase.wav"), 24_000, 2, TONE, 2, true);
        try (Music m = Music.open(file, 24_000, 48_000)) {
            float[] s = MusicFiles.readAll(m, 1000);
            assertEquals(0, MusicFiles.rms(s, 0, s.length), 1e-4, "left minus right should cancel");
        }
    }

    @Test
    void resamplingRemovesWhatTheLowerRateCannotHold() throws Exception {
        // 10 kHz is above 16 kHz's Nyquist frequency: a band-limited resampler removes it,
        // linear interpolation would fold it down to 6 kHz at about -10 dB
        Path high = MusicFiles.tone(dir.resolve("10k.wav"), 44_100, 1, 10_000, 12, false);
        // 6.5 kHz is inside the passband (0.875 of 8 kHz) and keeps its level
        Path pass = MusicFiles.tone(dir.resolve("6500.wav"), 44_100, 1, 6_500, 12, false);
        // an odd rate: no short polyphase cycle, the phases are interpolated
        Path odd = MusicFiles.tone(dir.resolve("odd.wav"), 44_101, 1, TONE, 12, false);
        // measured between the fade-in (3 s) and the fade-out (the last 5 s)
        try (Music h = Music.open(high, 16_000, 12 * 16_000); Music p = Music.open(pass, 16_000, 12 * 16_000);
             Music o = Music.open(odd, 22_050, 12 * 22_050)) {
            float[] hs = MusicFiles.readAll(h, 4096);
            float[] ps = MusicFiles.readAll(p, 4096);
            float[] os = MusicFiles.readAll(o, 4096);
            double alias = MusicFiles.rms(hs, 3 * 16_000, 7 * 16_000) * Math.sqrt(2) / AMPLITUDE;
            assertTrue(alias < 1e-3, "10 kHz leaked through at " + 20 * Math.log10(alias) + " dB");
            double kept = MusicFiles.rms(ps, 3 * 16_000, 7 * 16_000) * Math.sqrt(2) / AMPLITUDE;
            assertEquals(0, 20 * Math.log10(kept), 0.05, "6.5 kHz lost level");
            assertEquals(6_500, MusicFiles.frequency(ps, 3 * 16_000, 7 * 16_000, 16_000), 1);
            assertEquals(TONE, MusicFiles.frequency(os, 3 * 22_050, 7 * 22_050, 22_050), 0.5);
            assertEquals(12 * 22_050, o.fileSamples(), 1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wav 16-bit stereo 44.1 kHz", "mp3", "ogg vorbis"})
    void loopsCrossfadeWithoutASeam(String name) throws Exception {
        int rate = 24_000;
        long session = 35L * rate; // four copies, three seams
        try (Music m = Music.open(FILES.get(name), rate, session)) {
            float[] s = MusicFiles.readAll(m, 3000);
            assertEquals(session, s.length);
            // the tone's own largest step, with the 1.41 of two copies in phase at a seam's middle
            double bound = 1.5 * 2 * Math.PI * TONE / rate * AMPLITUDE;
            double step = MusicFiles.maxStep(s, 0, s.length);
            assertTrue(step <= bound, name + ": a step of " + step + ", bound " + bound);
        }
    }

    @Test
    void aSeamBetweenAnEndAndAStartThatDoNotMeetIsSmooth() throws Exception {
        // 5.01 s of the tone ends at 0.58 of a cycle: a hard loop would jump by 0.98
        int rate = 24_000;
        Path file = MusicFiles.tone(dir.resolve("uneven.wav"), rate, 1, TONE, 5.01, false);
        try (Music m = Music.open(file, rate, 20L * rate)) {
            float[] s = MusicFiles.readAll(m, 4096);
            double natural = 2 * Math.PI * TONE / rate * AMPLITUDE;
            double step = MusicFiles.maxStep(s, 0, s.length);
            assertTrue(step <= 1.5 * natural, "a step of " + step + " against the tone's " + natural);
            assertEquals(20L * rate, s.length);
        }
    }

    @Test
    void aShortLoopCrossfadesOverHalfItself() throws Exception {
        // half a second; its seams are a quarter second long
        int rate = 16_000;
        Path file = MusicFiles.tone(dir.resolve("blip.wav"), 44_100, 1, TONE, 0.51, false);
        try (Music m = Music.open(file, rate, 60L * rate)) {
            assertEquals(Math.round(0.51 * rate), m.fileSamples(), 1);
            float[] s = MusicFiles.readAll(m, 999);
            assertEquals(60L * rate, s.length);
            double natural = 2 * Math.PI * TONE / rate * AMPLITUDE;
            double step = MusicFiles.maxStep(s, 0, s.length);
            assertTrue(step <= 1.5 * natural, "a step of " + step + " against the tone's " + natural);
            assertTrue(MusicFiles.rms(s, 10 * rate, 50 * rate) > 0.25, "the loop went quiet");
        }
    }

    @Test
    void theSessionFadesInFromSilenceAndOutToSilence() throws Exception {
        int rate = 22_050;
        try (Music m = Music.open(FILES.get("flac"), rate, 30L * rate)) {
            float[] s = MusicFiles.readAll(m, 4096);
            assertTrue(Math.abs(s[0]) < 1e-6 && Math.abs(s[s.length - 1]) < 1e-6, s[0] + " ... " + s[s.length - 1]);
            double start = MusicFiles.rms(s, 0, rate / 4);
            double full = MusicFiles.rms(s, 4 * rate, 5 * rate);
            double end = MusicFiles.rms(s, s.length - rate / 4, s.length);
            assertTrue(start < 0.01 * full && end < 0.01 * full, start + ", " + full + ", " + end);
            assertTrue(MusicFiles.maxStep(s, 0, 4 * rate) <= 2 * Math.PI * TONE / rate * AMPLITUDE * 1.01);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mp3", "ogg vorbis", "flac"})
    void twoOpensAndAnyOrderOfReadsGiveTheSameSamples(String name) throws Exception {
        int rate = 22_050;
        long session = 25L * rate;
        float[] first;
        try (Music m = Music.open(FILES.get(name), rate, session)) {
            first = MusicFiles.readAll(m, 4096);
        }
        float[] again = new float[first.length];
        try (Music m = Music.open(FILES.get(name), rate, session)) {
            // blocks from the end backwards, of uneven sizes: every read but the first seeks back
            Random r = new Random(7);
            int end = again.length;
            while (end > 0) {
                int n = Math.min(end, 1 + r.nextInt(200_000));
                assertEquals(n, m.read(end - n, again, end - n, n));
                end -= n;
            }
        }
        assertArrayEquals(first, again);
    }

    @Test
    void theListenerSeesEveryResampledSampleOfTheOnePass() throws Exception {
        int rate = 16_000;
        long[] seen = new long[1];
        double[] energy = new double[1];
        try (Music m = Music.open(FILES.get("ogg vorbis"), rate, 60L * rate, (block, off, len) -> {
            seen[0] += len;
            for (int i = off; i < off + len; i++) {
                energy[0] += block[i] * block[i];
            }
        })) {
            assertEquals(m.fileSamples(), seen[0]);
            assertEquals(AMPLITUDE, Math.sqrt(2 * energy[0] / seen[0]), 0.02);
        }
    }

    @Test
    void readsStopAtTheSessionsEnd() throws Exception {
        try (Music m = Music.open(FILES.get("wav 24-bit"), 16_000, 1000)) {
            float[] buf = new float[4096];
            assertEquals(1000, m.length());
            assertEquals(1000, m.read(0, buf, 0, 4096));
            assertEquals(100, m.read(900, buf, 0, 4096));
            assertEquals(0, m.read(1000, buf, 0, 4096));
        }
    }

    @Test
    void anHourFromATenSecondFileReadsThroughInFlatMemory() throws Exception {
        int rate = 24_000;
        Path file = MusicFiles.noise(dir.resolve("noise.wav"), rate, SECONDS, 3);
        long session = 3600L * rate; // as floats, all of it would be 346 MB
        try (Music m = Music.open(file, rate, session)) {
            long before = usedHeap();
            float[] buf = new float[8192];
            long at = 0;
            double peak = 0;
            int n;
            while ((n = m.read(at, buf, 0, buf.length)) > 0) {
                at += n;
                for (int i = 0; i < n; i++) {
                    peak = Math.max(peak, Math.abs(buf[i]));
                }
            }
            long grown = usedHeap() - before;
            assertEquals(session, at);
            assertTrue(peak > 0.5 && peak <= 1, "peak " + peak);
            assertTrue(grown < 8 << 20, "the heap grew by " + (grown >> 20) + " MB reading an hour");
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void theFileMayGoAwayOnceOpened() throws Exception {
        Path file = Files.copy(FILES.get("mp3"), dir.resolve("gone.mp3"));
        try (Music m = Music.open(file, 16_000, 40L * 16_000)) {
            Files.delete(file);
            assertEquals(40L * 16_000, MusicFiles.readAll(m, 4096).length);
        }
    }
}
