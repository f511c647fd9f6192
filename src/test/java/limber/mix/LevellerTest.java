package limber.mix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import limber.speech.FreeTtsNarrator;
import limber.speech.Narrator;
import limber.testkit.Ebur128;
import limber.testkit.Pcm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Levelling a real voice's lines (kevin16, in the jar) and sounds far from the target. */
class LevellerTest {
    static short[] line;
    static short[] tick;

    @TempDir
    Path dir;

    @BeforeAll
    static void speak() throws IOException {
        try (Narrator kevin = FreeTtsNarrator.open(FreeTtsNarrator.DEFAULT_VOICE, FreeTtsNarrator.DEFAULT_RATE)) {
            line = kevin.say("Lie on your back and slowly bring one knee toward your chest.").toArray();
            tick = kevin.say("Three.").toArray();
        }
    }

    static double level(short[] pcm, int rate) {
        return Leveller.gainDb(Loudness.blocksInSilence(i -> pcm[i] / 32768.0, pcm.length, rate)) * -1 + Leveller.TARGET;
    }

    @Test
    void aSpokenLineComesOutAtTheTargetWithItsPeaksUnderTheCeiling() {
        short[] out = new Leveller(16_000).level(line);
        assertEquals(Leveller.TARGET, level(out, 16_000), 0.1);
        assertTrue(Loudness.truePeak(out, 16_000) <= Leveller.CEILING + 0.01, Loudness.truePeak(out, 16_000) + " dBTP");
    }

    @Test
    void aLoudLineIsLimitedNotClipped() {
        short[] loud = new short[line.length];
        for (int i = 0; i < loud.length; i++) {
            loud[i] = (short) Math.max(-32768, Math.min(32767, line[i] * 4));
        }
        short[] quiet = new short[line.length];
        for (int i = 0; i < quiet.length; i++) {
            quiet[i] = (short) (line[i] / 20);
        }
        for (short[] in : new short[][] {loud, quiet}) {
            short[] out = new Leveller(16_000).level(in);
            assertEquals(Leveller.TARGET, level(out, 16_000), 0.15);
            assertTrue(Loudness.truePeak(out, 16_000) <= Leveller.CEILING + 0.01);
        }
    }

    @Test
    void ffmpegReadsTheLevelledLineAtTheTargetAndUnderMinusOneDbtp() throws Exception {
        short[] out = new Leveller(16_000).level(line);
        // as an export has it: the line between silences
        Path wav = dir.resolve("line.wav");
        Pcm.write(wav, Pcm.concat(new short[8000], out, new short[8000]), 16_000);
        Ebur128.Reading r = Ebur128.of(wav);
        assertEquals(Leveller.TARGET, r.integrated(), 0.3, "integrated");
        assertTrue(r.truePeak() <= -1.0, r.truePeak() + " dBTP");
    }

    @Test
    void aShortWordCountsAsMuchAsALine() {
        short[] out = new Leveller(16_000).level(tick);
        assertEquals(Leveller.TARGET, level(out, 16_000), 0.1);
    }

    @Test
    void aSoundIsAtTheTargetWhileItSounds() {
        short[] chime = LoudnessTest.sine(24_000, 880, 0.01, 0.3);
        short[] out = new Leveller(24_000).levelSound(chime);
        assertEquals(Leveller.TARGET, Loudness.integrated(out, 24_000), 0.1);
    }

    @Test
    void theEdgesAreFadedSoNothingClicks() {
        short[] dc = new short[4000];
        java.util.Arrays.fill(dc, (short) 8000); // a step from silence to full level, both ends
        short[] out = new Leveller(16_000).level(dc);
        assertEquals(0, out[0]);
        assertEquals(0, out[out.length - 1]);
        int largest = 0;
        for (int i = 1; i < out.length; i++) {
            largest = Math.max(largest, Math.abs(out[i] - out[i - 1]));
        }
        int plateau = Math.abs(out[out.length / 2]);
        // 5 ms at 16 kHz is 80 samples: a raised cosine rises by at most pi/2/80 of the level a sample
        assertTrue(largest <= plateau * Math.PI / 2 / 80 + 2, largest + " against a plateau of " + plateau);
    }

    @Test
    void silenceStaysSilenceAndTheSameLineLevelsToTheSameSamples() {
        assertArrayEquals(new short[1000], new Leveller(24_000).level(new short[1000]));
        assertArrayEquals(new Leveller(16_000).level(line), new Leveller(16_000).level(line));
        Leveller reused = new Leveller(16_000);
        reused.level(tick);
        assertArrayEquals(new Leveller(16_000).level(line), reused.level(line), "its buffers keep nothing");
    }
}
