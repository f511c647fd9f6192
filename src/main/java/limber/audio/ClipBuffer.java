package limber.audio;

import java.nio.ShortBuffer;
import java.util.Objects;

/**
 * A clip's samples in a buffer that is filled again and again: what a long streamed session reads
 * its spoken lines into, so that reading one makes no garbage (a {@link Clip} is a new array each
 * time). The array grows to the longest clip it has held and is never handed out. One thread at a
 * time; what it holds is valid until the next fill.
 */
public final class ClipBuffer {
    private short[] samples = new short[0];
    private int length;

    /** Samples it holds now. */
    public int length() {
        return length;
    }

    /** Holds a copy of {@code clip}'s samples. */
    public void set(Clip clip) {
        room(clip.length());
        clip.copyTo(0, samples, 0, clip.length());
    }

    /** Holds the samples {@code source} has left, which it reads to its limit. */
    public void fill(ShortBuffer source) {
        room(source.remaining());
        source.get(samples, 0, length);
    }

    /** Copies {@code len} samples starting at {@code from} into {@code dst} at {@code dstOff}. */
    public void copyTo(int from, short[] dst, int dstOff, int len) {
        Objects.checkFromIndexSize(from, len, length);
        System.arraycopy(samples, from, dst, dstOff, len);
    }

    /** A clip of what it holds now (a copy). */
    public Clip toClip() {
        short[] copy = new short[length];
        System.arraycopy(samples, 0, copy, 0, length);
        return Clip.adopt(copy);
    }

    private void room(int n) {
        if (samples.length < n) {
            // by half again at least, so a run of ever longer clips reallocates a few times only
            samples = new short[Math.max(n, samples.length + samples.length / 2)];
        }
        length = n;
    }
}
