package limber.audio;

import java.nio.ShortBuffer;
import java.util.Arrays;

/**
 * A piece of mono PCM, 16-bit signed samples, at the rate of the session it belongs to (the
 * narrator's voice's own: see {@link limber.timeline.Timeline#rate()}). Immutable: the samples
 * are copied in and never handed out.
 */
public final class Clip {
    private final short[] samples;

    private Clip(short[] samples) {
        this.samples = samples;
    }

    public static Clip of(short[] samples) {
        return new Clip(samples.clone());
    }

    /** A clip of {@code samples}, which nothing else holds (no copy: the caller made them for it). */
    static Clip adopt(short[] samples) {
        return new Clip(samples);
    }

    /** A clip of the samples {@code samples} has left, which it reads to its limit. */
    public static Clip of(ShortBuffer samples) {
        short[] copy = new short[samples.remaining()];
        samples.get(copy);
        return new Clip(copy);
    }

    /** A silent clip of {@code length} samples. */
    public static Clip silence(int length) {
        return new Clip(new short[length]);
    }

    public int length() {
        return samples.length;
    }

    public short sample(int i) {
        return samples[i];
    }

    /** Copies {@code len} samples starting at {@code from} into {@code dst} at {@code dstOff}. */
    public void copyTo(int from, short[] dst, int dstOff, int len) {
        System.arraycopy(samples, from, dst, dstOff, len);
    }

    public short[] toArray() {
        return samples.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clip c && Arrays.equals(samples, c.samples);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "Clip[" + samples.length + " samples]";
    }
}
