package limber.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import limber.mix.Leveller;
import limber.mix.Loudness;
import limber.routine.Routine;
import limber.testkit.Pcm;
import limber.timeline.Earcon;
import org.junit.jupiter.api.Test;

/** The soft tones that pace the breaths of a hold in breaths, at every voice's rate. */
class BreathTonesTest {
    private static final int[] RATES = {16_000, 22_050, 24_000};

    /** Zero crossings a second over {@code [from, to)}: the fundamental's pitch, twice over. */
    private static double crossings(short[] s, int from, int to, int rate) {
        int n = 0;
        for (int i = from + 1; i < to; i++) {
            if ((s[i - 1] < 0) != (s[i] < 0)) {
                n++;
            }
        }
        return n * (double) rate / (to - from);
    }

    @Test
    void breathTonesSoundEightDecibelsUnderTheVoiceWhileTheySound() {
        for (int rate : RATES) {
            for (Earcon e : new Earcon[] {Earcon.BREATHE_IN, Earcon.BREATHE_OUT}) {
                short[] tone = Earcons.make(e, rate).toArray();
                assertEquals(Leveller.TARGET - Earcons.BREATH_SOFTER_DB, Loudness.integrated(tone, rate), 0.15, e + " at " + rate);
                assertEquals(8.0, Earcons.BREATH_SOFTER_DB);
                // the chimes stay at the target
                assertEquals(Leveller.TARGET, Loudness.integrated(Earcons.make(Earcon.HOLD_START, rate).toArray(), rate), 0.15);
            }
        }
    }

    @Test
    void breathTonesSwellInAndDieAwayWithNoEdgeToHear() {
        for (int rate : RATES) {
            for (Earcon e : new Earcon[] {Earcon.BREATHE_IN, Earcon.BREATHE_OUT}) {
                short[] tone = Earcons.make(e, rate).toArray();
                assertEquals(0, tone[0], e + " starts at silence");
                assertEquals(0, tone[tone.length - 1], e + " ends at silence");
                int tenMs = rate / 100;
                double middle = Pcm.rms(tone, tone.length / 2 - tenMs, tone.length / 2 + tenMs);
                assertTrue(Pcm.rms(tone, 0, tenMs) < middle / 20, e + ": the first 10 ms are quiet");
                assertTrue(Pcm.rms(tone, tone.length - tenMs, tone.length) < middle / 50, e + ": so are the last 10 ms");
                // no step between samples larger than the tone's own slope at its highest pitch allows
                int peak = 0;
                int step = 0;
                for (int i = 1; i < tone.length; i++) {
                    peak = Math.max(peak, Math.abs(tone[i]));
                    step = Math.max(step, Math.abs(tone[i] - tone[i - 1]));
                }
                assertTrue(step <= peak * 2 * Math.PI * 659.26 * 1.4 / rate, e + ": step " + step + ", peak " + peak);
            }
        }
    }

    @Test
    void breatheInGlidesUpAFifthAndBreatheOutDown() {
        int rate = 24_000;
        int window = rate / 10;
        short[] in = Earcons.make(Earcon.BREATHE_IN, rate).toArray();
        short[] out = Earcons.make(Earcon.BREATHE_OUT, rate).toArray();
        double inRise = crossings(in, in.length - 3 * window, in.length - 2 * window, rate)
                / crossings(in, 2 * window, 3 * window, rate);
        double outFall = crossings(out, 2 * window, 3 * window, rate)
                / crossings(out, out.length - 3 * window, out.length - 2 * window, rate);
        // from 0.25 s to 0.45 s of a 0.7 s glide over a fifth (440 to 659 Hz, evenly in pitch): 2/7 of a fifth
        double expected = Math.pow(659.26 / 440.0, 0.2 / 0.7);
        assertEquals(expected, inRise, 0.03, "in rises");
        assertEquals(expected, outFall, 0.03, "out falls");
        assertEquals(2 * 440.0 * Math.pow(659.26 / 440.0, 0.25 / 0.7), crossings(in, 2 * window, 3 * window, rate), 25,
                "its pitch, in crossings a second");
    }

    @Test
    void aBreathToneLastsLessThanHalfTheShortestBreath() {
        for (int rate : RATES) {
            assertTrue(2L * Earcon.BREATHE_IN.samples(rate) < Routine.MIN_BREATH * rate);
            assertEquals(Earcon.BREATHE_IN.samples(rate), Earcon.BREATHE_OUT.samples(rate));
            assertEquals(Earcon.BREATHE_IN.samples(rate), Earcons.make(Earcon.BREATHE_IN, rate).length());
        }
    }

    @Test
    void breathTonesAreTheSameSamplesEveryTime() {
        assertArrayEquals(Earcons.make(Earcon.BREATHE_IN, 22_050).toArray(), Earcons.all(22_050).get(Earcon.BREATHE_IN).toArray());
    }
}
