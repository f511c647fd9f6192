package limber.mix;

import java.util.function.IntToDoubleFunction;

/**
 * Loudness as ITU-R BS.1770-4 / EBU R128 define it, for 16-bit mono PCM at any sample rate:
 * K-weighting (a high shelf and a high pass), mean square in 400 ms blocks that overlap by
 * 75%, an absolute gate at -70 LUFS and a relative gate 10 LU below the ungated level. A piece
 * shorter than one block is measured over its own length: how loud it is while it sounds.
 * All arithmetic is double and {@link StrictMath}, so every JVM gives the same value.
 *
 * <pre>{@code
 * double lufs = Loudness.integrated(pcm, 24_000);     // -23.4
 * double peak = Loudness.truePeak(pcm, 24_000);       // -2.1 (dBTP)
 * }</pre>
 */
public final class Loudness {
    /** What a block below this is gated out as: silence. */
    static final double ABSOLUTE_GATE = -70.0;
    /** The relative gate, below the level of the blocks the absolute gate kept. */
    static final double RELATIVE_GATE = -10.0;
    /** The loudness of no sound at all. */
    public static final double SILENT = Double.NEGATIVE_INFINITY;

    private Loudness() {
    }

    /**
     * Integrated loudness of {@code pcm} in LUFS; {@link #SILENT} for silence. A piece shorter
     * than a block is measured over its own length.
     */
    public static double integrated(short[] pcm, int rate) {
        return integrated(i -> pcm[i] / 32768.0, pcm.length, rate);
    }

    /** As {@link #integrated(short[], int)}, of the {@code length} samples {@code sample} gives (full scale 1.0). */
    static double integrated(IntToDoubleFunction sample, int length, int rate) {
        int block = rate * 400 / 1000;
        if (length <= block) {
            return length == 0 ? SILENT : lufs(energies(sample, length, rate, length, 0)[0] / length);
        }
        return gated(blocks(energies(sample, length, rate, block / 4, 0), block / 4));
    }

    /**
     * The mean squares of the 400 ms blocks (every 100 ms) that a file's meter sees of the
     * {@code length} samples {@code sample} gives (full scale 1.0) when silence surrounds them: those that reach into the silence on either side
     * included.
     */
    static double[] blocksInSilence(IntToDoubleFunction sample, int length, int rate) {
        int hop = rate * 100 / 1000;
        return blocks(energies(sample, length, rate, hop, 3), hop);
    }

    /**
     * The K-weighted energy (sum of squares, full scale 1.0) of the samples in segments of
     * {@code segment} samples, with {@code pad} silent segments before and after.
     */
    private static double[] energies(IntToDoubleFunction sample, int length, int rate, int segment, int pad) {
        KWeighting filter = new KWeighting(rate);
        int total = pad * segment + length + pad * segment;
        double[] out = new double[(total + segment - 1) / segment];
        for (int n = 0; n < total; n++) {
            int i = n - pad * segment;
            double z = filter.next(i >= 0 && i < length ? sample.applyAsDouble(i) : 0.0);
            out[n / segment] += z * z;
        }
        return out;
    }

    /** Mean squares of 400 ms blocks every 100 ms, from the energies of 100 ms segments. */
    static double[] blocks(double[] segments, int segment) {
        if (segments.length < 4) {
            return new double[0];
        }
        double[] b = new double[segments.length - 3];
        for (int i = 0; i < b.length; i++) {
            b[i] = (segments[i] + segments[i + 1] + segments[i + 2] + segments[i + 3]) / (4.0 * segment);
        }
        return b;
    }

    /** The gated mean of block energies, in LUFS (BS.1770-4, 2.8). */
    static double gated(double[] energies) {
        double sum = 0;
        int n = 0;
        for (double e : energies) {
            if (lufs(e) > ABSOLUTE_GATE) {
                sum += e;
                n++;
            }
        }
        if (n == 0) {
            return SILENT;
        }
        double relative = lufs(sum / n) + RELATIVE_GATE;
        sum = 0;
        n = 0;
        for (double e : energies) {
            double l = lufs(e);
            if (l > ABSOLUTE_GATE && l > relative) {
                sum += e;
                n++;
            }
        }
        return lufs(sum / n);
    }

    static double lufs(double meanSquare) {
        return meanSquare <= 0 ? SILENT : -0.691 + 10.0 * StrictMath.log10(meanSquare);
    }

    /** The true peak of {@code pcm} in dBTP ({@link TruePeak}); {@link #SILENT} for silence. */
    public static double truePeak(short[] pcm, int rate) {
        double[] x = new double[pcm.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = pcm[i] / 32768.0;
        }
        double p = new TruePeak(rate).peak(x, 0, x.length);
        return p <= 0 ? SILENT : 20.0 * StrictMath.log10(p);
    }
}
