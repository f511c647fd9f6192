package limber.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import limber.testkit.Ebur128;
import limber.testkit.Pcm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The meter against BS.1770's own reference and against ffmpeg's ebur128, at each session rate. */
class LoudnessTest {
    @TempDir
    Path dir;

    static short[] sine(int rate, double hz, double amplitude, double seconds) {
        short[] s = new short[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    /** Speech-like: noise bursts of varying level with pauses, the shape of a spoken line. */
    static short[] bursts(int rate, long seed) {
        java.util.Random r = new java.util.Random(seed);
        short[] s = new short[rate * 6];
        for (int i = 0; i < s.length; i++) {
            double syllable = Math.max(0, Math.sin(2 * Math.PI * 3.1 * i / rate)) * (0.3 + 0.7 * ((i / (rate / 2)) % 3) / 2.0);
            s[i] = (short) Math.round(0.25 * 32767 * syllable * r.nextGaussian() / 3);
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(ints = {16_000, 22_050, 24_000, 48_000})
    void aFullScaleSineAtOneKilohertzIsMinusThreeLufs(int rate) {
        // BS.1770-4: "a 0 dB FS 1 kHz sine wave ... will read -3.01 LKFS"
        assertEquals(-3.01, Loudness.integrated(sine(rate, 1000, 1.0, 5), rate), 0.05);
        assertEquals(-23.01, Loudness.integrated(sine(rate, 1000, 0.1, 5), rate), 0.05);
    }

    @Test
    void silenceIsSilent() {
        assertEquals(Loudness.SILENT, Loudness.integrated(new short[24_000], 24_000));
        assertEquals(Loudness.SILENT, Loudness.truePeak(new short[24_000], 24_000));
    }

    @ParameterizedTest
    @ValueSource(ints = {16_000, 22_050, 24_000})
    void itReadsWhatFfmpegReads(int rate) throws Exception {
        short[] pcm = Pcm.concat(bursts(rate, rate), new short[rate], sine(rate, 440, 0.05, 2));
        Path wav = dir.resolve("m.wav");
        Pcm.write(wav, pcm, rate);
        Ebur128.Reading ffmpeg = Ebur128.of(wav);
        assertEquals(ffmpeg.integrated(), Loudness.integrated(pcm, rate), 0.15, "integrated");
        assertEquals(ffmpeg.truePeak(), Loudness.truePeak(pcm, rate), 0.3, "true peak");
    }

    @ParameterizedTest
    @ValueSource(ints = {16_000, 24_000})
    void theTruePeakOfASineBetweenItsSamplesIsFound(int rate) {
        // a quarter of the rate, phase-shifted by 45 degrees: every sample is at 0.707 of the peak
        short[] s = new short[rate];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(0.5 * 32767 * Math.sin(2 * Math.PI * i / 4.0 + Math.PI / 4));
        }
        assertEquals(20 * Math.log10(0.5), Loudness.truePeak(s, rate), 0.2);
    }
}
