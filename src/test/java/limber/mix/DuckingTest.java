package limber.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The music's gain around the voice: the pure envelope, sample by sample. */
class DuckingTest {
    static final int RATE = 24_000;
    static final double LEVEL = 0.25;
    final Ducking d = new Ducking(List.of(new Ducking.Span(2 * RATE, 3 * RATE), new Ducking.Span(3 * RATE + RATE / 2, 4 * RATE),
            new Ducking.Span(10 * RATE, 11 * RATE)), RATE, LEVEL);

    static double db(double ratio) {
        return 20 * Math.log10(ratio);
    }

    @Test
    void theMusicIsAtItsLevelAwayFromTheVoiceAndAtLeast20DbUnderItWhileItSpeaks() {
        assertEquals(LEVEL, d.gain(0));
        assertEquals(LEVEL, d.gain(7 * RATE));
        assertEquals(LEVEL, d.gain(20 * RATE));
        for (long p = 2 * RATE; p < 4 * RATE; p += 100) {
            assertTrue(db(d.gain(p) / LEVEL) <= -20, "down while the voice speaks, at " + p);
        }
        assertEquals(-Ducking.DEPTH_DB, db(d.gain(10 * RATE + 5) / LEVEL), 1e-9);
    }

    @Test
    void itIsAlreadyDownWhenTheVoiceStartsAndAShortGapStaysDown() {
        assertEquals(-Ducking.DEPTH_DB, db(d.gain(2 * RATE) / LEVEL), 1e-9);
        assertTrue(d.gain(2 * RATE - Ducking.DOWN_MILLIS * RATE / 1000 / 2) < LEVEL, "on its way down before");
        // the half second between the first two lines is too short to come up and go down again
        assertEquals(-Ducking.DEPTH_DB, db(d.gain(3 * RATE + RATE / 4) / LEVEL), 1e-9);
    }

    @Test
    void noRampStepsAbruptly() {
        double[] g = new double[12 * RATE];
        d.fill(0, g, 0, g.length);
        double largest = 0;
        for (int i = 1; i < g.length; i++) {
            largest = Math.max(largest, Math.abs(g[i] - g[i - 1]));
        }
        // the steepest point of a raised cosine over 400 ms: pi/2 of the change per ramp length
        double bound = (LEVEL - LEVEL * Math.pow(10, -Ducking.DEPTH_DB / 20)) * Math.PI / 2
                / (Ducking.DOWN_MILLIS * RATE / 1000.0);
        assertTrue(largest <= bound * 1.001, largest + " > " + bound);
        for (int i = 0; i < g.length; i += 997) {
            assertEquals(d.gain(i), g[i], "fill and gain agree at " + i);
        }
    }
}
