package limber.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ShortBuffer;
import org.junit.jupiter.api.Test;

class ClipBufferTest {
    private static Clip ramp(int length, int step) {
        short[] s = new short[length];
        for (int i = 0; i < length; i++) {
            s[i] = (short) (i * step);
        }
        return Clip.of(s);
    }

    @Test
    void holdsWhatItWasLastFilledWithLongerOrShorter() {
        ClipBuffer b = new ClipBuffer();
        b.set(ramp(1000, 3));
        assertEquals(ramp(1000, 3), b.toClip());
        b.set(ramp(10, 7)); // shorter: only its own samples count
        assertEquals(10, b.length());
        assertEquals(ramp(10, 7), b.toClip());
        b.fill(ShortBuffer.wrap(ramp(2000, 5).toArray(), 100, 50)); // what a buffer has left
        assertEquals(50, b.length());
        short[] out = new short[50];
        b.copyTo(0, out, 0, 50);
        assertArrayEquals(java.util.Arrays.copyOfRange(ramp(2000, 5).toArray(), 100, 150), out);
    }

    @Test
    void copiesNothingPastWhatItHolds() {
        ClipBuffer b = new ClipBuffer();
        b.set(ramp(1000, 1));
        b.set(ramp(10, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> b.copyTo(5, new short[10], 0, 6),
                "samples left from the longer clip before are not its own");
    }

    @Test
    void aClipMadeFromItStaysAsItWasWhenTheBufferIsFilledAgain() {
        ClipBuffer b = new ClipBuffer();
        b.set(ramp(100, 2));
        Clip kept = b.toClip();
        b.set(ramp(100, 9));
        assertEquals(ramp(100, 2), kept);
    }
}
