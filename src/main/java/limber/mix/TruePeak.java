package limber.mix;

/**
 * The peak of a signal between its samples (BS.1770-4 Annex 2): the samples interpolated by a
 * windowed sinc at {@link #factor} points per sample interval, enough to reach 192 kHz at any
 * session rate (8 points at 24 kHz, 12 at 16 kHz), as ffmpeg's {@code ebur128} does. Levels
 * are linear, in the units of the samples given.
 */
final class TruePeak {
    /** Samples each side of an interval that the interpolation reads. */
    static final int TAPS = 12;
    private static final double KAISER_BETA = 7.0;

    private final int factor;
    /** {@code phases[p - 1][t]}: the weight of sample {@code i + t - TAPS + 1} at {@code i + p / factor}. */
    private final double[][] phases;

    TruePeak(int rate) {
        factor = Math.max(4, (192_000 + rate - 1) / rate);
        phases = new double[factor - 1][2 * TAPS];
        for (int p = 1; p < factor; p++) {
            double frac = p / (double) factor;
            for (int t = 0; t < 2 * TAPS; t++) {
                double x = t - TAPS + 1 - frac; // distance from the point, in samples
                double sinc = StrictMath.sin(StrictMath.PI * x) / (StrictMath.PI * x);
                double w = x / TAPS;
                double window = bessel0(KAISER_BETA * StrictMath.sqrt(Math.max(0, 1 - w * w)))
                        / bessel0(KAISER_BETA);
                phases[p - 1][t] = sinc * window;
            }
        }
    }

    int factor() {
        return factor;
    }

    /**
     * The largest magnitude of {@code x[0, length)} on the closed interval [i, i + 1], samples
     * included, in the units of {@code x}.
     */
    double around(double[] x, int i, int length) {
        double peak = Math.abs(x[i]);
        if (i + 1 < length) {
            peak = Math.max(peak, Math.abs(x[i + 1]));
        }
        for (double[] h : phases) {
            double s = 0;
            for (int t = 0; t < h.length; t++) {
                int j = i + t - TAPS + 1;
                if (j >= 0 && j < length) {
                    s += h[t] * x[j];
                }
            }
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }

    /** The true peak of {@code x[from, from + len)}, and of the edges into the silence around it. */
    double peak(double[] x, int from, int len) {
        double peak = 0;
        for (int i = Math.max(0, from - 1); i < from + len; i++) {
            peak = Math.max(peak, around(x, i, from + len));
        }
        return peak;
    }

    /** The modified Bessel function of the first kind, order 0 (its series). */
    private static double bessel0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 40; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }
}
