package limber.listen;

import limber.testkit.Pcm;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The signal as the decoders get it. */
class ConditioningTest {
    @Test
    void theNoiseFloorIsTheSameEveryTimeAndAsQuietAsAsked() {
        short[] silence = new short[16000];
        short[] a = Conditioning.withFloor(silence, -70);
        assertArrayEquals(a, Conditioning.withFloor(silence, -70));
        double sum = 0;
        for (short x : a) {
            sum += (double) x * x;
        }
        assertEquals(-70, 10 * Math.log10(sum / a.length / (32768.0 * 32768.0)), 0.5);
    }

    /** A 300 Hz tone at {@code peak}, between half-second silences. */
    private static short[] toneBetweenSilences(int peak) {
        short[] pcm = new short[Segmenter.RATE * 2];
        for (int i = Segmenter.RATE / 2; i < Segmenter.RATE * 3 / 2; i++) {
            pcm[i] = (short) Math.round(peak * Math.sin(2 * Math.PI * 300 * i / Segmenter.RATE));
        }
        return pcm;
    }

    @Test
    void speechIsBroughtToTheAskedActiveLevelWhateverItsOwn() {
        for (int peak : new int[] {300, 3000, 20000}) {
            short[] leveled = Conditioning.leveled(toneBetweenSilences(peak), Segmenter.RATE / 2, Segmenter.RATE * 3 / 2, -30);
            assertEquals(-30, Pcm.activeDb(java.util.Arrays.copyOfRange(leveled, Segmenter.RATE / 2, Segmenter.RATE * 3 / 2)),
                    0.1, "peak " + peak);
        }
    }

    @Test
    void notANumberLeavesTheSignalAsItIs() {
        short[] pcm = toneBetweenSilences(3000);
        assertArrayEquals(pcm, Conditioning.conditioned(pcm, Segmenter.RATE / 2, Segmenter.RATE * 3 / 2, Double.NaN, Double.NaN));
    }
}
