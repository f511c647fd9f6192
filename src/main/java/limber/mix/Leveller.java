package limber.mix;

import java.util.function.IntToDoubleFunction;

/**
 * Brings a piece of sound (a spoken line, an earcon) to the session's level: {@link #TARGET}
 * LUFS ({@link Loudness}), its true peak kept under {@link #CEILING} by a look-ahead limiter, its
 * first and last {@link #EDGE_MILLIS} ms faded so that it never starts or stops with a click.
 * Every line and every earcon at the same loudness is what makes the whole export read
 * {@value #TARGET} LUFS integrated, and the earcons as loud as the voice. Deterministic: the same
 * samples in give the same samples out on every JVM. One thread at a time (it keeps its working
 * buffers from one call to the next).
 *
 * <pre>{@code
 * short[] out = new Leveller(24_000).level(pcm);   // -16 LUFS, true peak below -1.5 dBTP
 * }</pre>
 */
public final class Leveller {
    /** The loudness of speech on phones and in podcasts (EBU R128 for streaming, AES TD1004). */
    public static final double TARGET = -16.0;
    /** The true-peak ceiling: 0.5 dB under the -1 dBTP that exports promise, for music mixed under it. */
    public static final double CEILING = -1.5;
    /** Fade at each edge: a raised cosine this long. */
    static final int EDGE_MILLIS = 5;
    /** The limiter's reduction reaches this far each side of a peak (look-ahead and release). */
    static final int HOLD_MILLIS = 10;
    /** ... and is smoothed over this far each side, so that it never changes abruptly. */
    static final int SMOOTH_MILLIS = 5;
    /** Intervals whose samples are this far below the ceiling cannot peak above it between them. */
    private static final double SCAN_BELOW_DB = 4.0;

    private final int rate;
    private final TruePeak truePeak;
    private double[] buffer;
    private double[] point;
    private double[] need;
    private int[] queue;
    private double[] prefix;

    public Leveller(int rate) {
        if (rate < 8_000) {
            throw new IllegalArgumentException("rate " + rate);
        }
        this.rate = rate;
        this.truePeak = new TruePeak(rate);
    }

    /**
     * A spoken line at {@link #TARGET} as the export's meter counts it: with the blocks that
     * reach into the silence around it, so that short lines and long ones add up to the target
     * in the whole file. Silence stays silence.
     */
    public short[] level(short[] pcm) {
        return level(pcm, true);
    }

    /**
     * A sound (an earcon) at {@link #TARGET} while it sounds: its own integrated loudness, as a
     * listener hears it next to the voice. Silence stays silence.
     */
    public short[] levelSound(short[] pcm) {
        return level(pcm, false);
    }

    /** The gain to the target of the samples {@code sample} gives, measured in the file or on their own. */
    private double gainDb(IntToDoubleFunction sample, int n, boolean inFile) {
        if (inFile) {
            return gainDb(Loudness.blocksInSilence(sample, n, rate));
        }
        double loudness = Loudness.integrated(sample, n, rate);
        return loudness == Loudness.SILENT ? Double.NaN : TARGET - loudness;
    }

    private short[] level(short[] pcm, boolean inFile) {
        int n = pcm.length;
        double gainDb = gainDb(i -> pcm[i] / 32768.0, n, inFile);
        if (Double.isNaN(gainDb)) {
            return pcm.clone();
        }
        double[] y = scratch(n);
        double ceiling = dbToLinear(CEILING) * 32768.0;
        // the limiter takes some loudness with the peaks: give it back, and limit again
        for (int round = 0; round < 3; round++) {
            double gain = dbToLinear(gainDb);
            for (int i = 0; i < n; i++) {
                y[i] = pcm[i] * gain;
            }
            if (!limit(y, n, ceiling)) {
                break;
            }
            double lost = gainDb(i -> y[i] / 32768.0, n, inFile);
            if (lost < 0.05) {
                break;
            }
            gainDb += lost;
        }
        fadeEdges(y, n);
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(y[i])));
        }
        return out;
    }

    /**
     * The gain that puts these blocks at {@link #TARGET} as the export's meter will count them:
     * its relative gate sits 10 LU under the export's level, so under the target, and the blocks
     * this gain leaves below it do not count. NaN for silence.
     */
    static double gainDb(double[] blocks) {
        double gain = Double.NaN;
        double gate = Loudness.ABSOLUTE_GATE; // before the first estimate, only the absolute gate
        for (int round = 0; round < 8; round++) {
            double sum = 0;
            int n = 0;
            for (double e : blocks) {
                double l = Loudness.lufs(e);
                if (l > Loudness.ABSOLUTE_GATE && l > gate) {
                    sum += e;
                    n++;
                }
            }
            if (n == 0) {
                return gain;
            }
            double next = TARGET - Loudness.lufs(sum / n);
            if (next == gain) {
                break;
            }
            gain = next;
            gate = TARGET + Loudness.RELATIVE_GATE - gain;
        }
        return gain;
    }

    /**
     * Keeps the true peak of {@code y[0, length)} under {@code ceiling} (in sample units), in
     * place; false when nothing reached it.
     */
    private boolean limit(double[] y, int length, double ceiling) {
        int hold = rate * HOLD_MILLIS / 1000;
        int smooth = rate * SMOOTH_MILLIS / 1000;
        double scan = ceiling * dbToLinear(-SCAN_BELOW_DB);
        // a smooth envelope can still let a peak through between samples: a few more rounds
        // take what is left, and a last one scales the rest of the way
        for (int round = 0; round < 4; round++) {
            boolean over = false;
            for (int i = 0; i < length; i++) {
                if (Math.abs(y[i]) < scan && (i + 1 == length || Math.abs(y[i + 1]) < scan)) {
                    continue;
                }
                double p = truePeak.around(y, i, length);
                if (p > ceiling) {
                    if (!over) {
                        java.util.Arrays.fill(point, 0, length, 1.0);
                        over = true;
                    }
                    double g = ceiling / p * (round < 3 ? 1.0 : 0.999);
                    point[i] = Math.min(point[i], g);
                    if (i + 1 < length) {
                        point[i + 1] = Math.min(point[i + 1], g);
                    }
                }
            }
            if (!over) {
                return round > 0;
            }
            slidingMin(point, need, length, hold);
            // a box average narrower than the hold: every value it averages around a peak is at
            // most that peak's need, so the envelope there is too, and it changes smoothly
            prefix[0] = 0;
            for (int i = 0; i < length; i++) {
                prefix[i + 1] = prefix[i] + need[i];
            }
            for (int i = 0; i < length; i++) {
                int lo = Math.max(0, i - smooth);
                int hi = Math.min(length, i + smooth + 1);
                y[i] *= (prefix[hi] - prefix[lo]) / (hi - lo);
            }
        }
        return true;
    }

    /** {@code out[i]}: the least of {@code in[i - w, i + w]}, in one pass (a monotonic queue). */
    private void slidingMin(double[] in, double[] out, int length, int w) {
        int head = 0;
        int tail = 0; // queue[head, tail): indices whose values increase
        for (int j = 0; j < length + w; j++) {
            if (j < length) {
                while (tail > head && in[queue[tail - 1]] >= in[j]) {
                    tail--;
                }
                queue[tail++] = j;
            }
            int i = j - w; // the window of i is complete up to j
            if (i >= 0) {
                while (queue[head] < i - w) {
                    head++;
                }
                out[i] = in[queue[head]];
            }
        }
    }

    private void fadeEdges(double[] y, int length) {
        int edge = Math.min(rate * EDGE_MILLIS / 1000, length / 2);
        for (int i = 0; i < edge; i++) {
            double w = 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * i / edge);
            y[i] *= w;
            y[length - 1 - i] *= w;
        }
    }

    /** The working buffers, kept from line to line (a session's lines are a few seconds each). */
    private double[] scratch(int length) {
        if (buffer == null || buffer.length < length) {
            buffer = new double[length];
            point = new double[length];
            need = new double[length];
            prefix = new double[length + 1];
            queue = new int[length];
        }
        return buffer;
    }

    static double dbToLinear(double db) {
        return StrictMath.pow(10.0, db / 20.0);
    }
}
