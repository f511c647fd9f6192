package limber.mix;

import java.util.Arrays;

/**
 * The integrated loudness ({@link Loudness}) of a signal that comes in pieces, such as music as
 * it is decoded: it keeps one number per 100 ms, never the samples.
 *
 * <pre>{@code
 * LoudnessMeter m = new LoudnessMeter(24_000);
 * m.accept(block, 0, block.length);   // as many times as there are blocks, samples in [-1, 1]
 * m.integrated();                     // -19.7 (LUFS)
 * }</pre>
 */
public final class LoudnessMeter {
    private final KWeighting filter;
    private final int segment;
    private double[] segments = new double[64];
    private int full;
    private int inSegment;

    public LoudnessMeter(int rate) {
        this.filter = new KWeighting(rate);
        this.segment = rate / 10;
    }

    /** Takes {@code samples[off, off + len)}, full scale 1.0. */
    public void accept(float[] samples, int off, int len) {
        for (int i = off; i < off + len; i++) {
            double z = filter.next(samples[i]);
            if (full == segments.length) {
                segments = Arrays.copyOf(segments, segments.length * 2);
            }
            segments[full] += z * z;
            if (++inSegment == segment) {
                inSegment = 0;
                full++;
            }
        }
    }

    /** The integrated loudness of everything taken, in LUFS; {@link Loudness#SILENT} for silence. */
    public double integrated() {
        return Loudness.gated(Loudness.blocks(Arrays.copyOf(segments, full), segment));
    }
}
