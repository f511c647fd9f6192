package limber.mix;

/**
 * A decoder's samples at another rate: band-limited interpolation by a Kaiser-windowed sinc,
 * polyphase for the rational ratio out/in reduced by their gcd. Output sample k is the input
 * at time k * in / out, so nothing is delayed; output length is ceil(n * out / in) for n input
 * samples. Pure arithmetic in a fixed order: the same input gives the same samples every run.
 *
 * <p>The filter passes up to {@link #PASSBAND} of the lower rate's Nyquist frequency flat and
 * is 80 dB down (Kaiser beta {@link #BETA}) from that Nyquist frequency on: nothing above what
 * the output can hold folds back into it. Its cutoff lies mid-way, at {@link #CUTOFF}; that
 * transition of 0.125 of the Nyquist frequency at 80 dB takes {@link #ZEROS} zero crossings of
 * the sinc each side: about 85 input samples going up, 220 going from 44.1 to 16 kHz.
 */
final class Resampler implements Decoder {
    /** The flat passband, as a fraction of the lower of the two Nyquist frequencies. */
    static final double PASSBAND = 0.875;
    /** The sinc's cutoff (-6 dB), mid-way between the passband and the Nyquist frequency. */
    static final double CUTOFF = (PASSBAND + 1) / 2;
    /** Zero crossings of the sinc on each side of its centre: 5 * CUTOFF / (1 - PASSBAND), rounded up. */
    static final int ZEROS = 38;
    /** The Kaiser window's beta: about 80 dB of stopband attenuation. */
    static final double BETA = 7.86;
    /** Phase tables beyond this many (odd rates, e.g. 44101 Hz) are interpolated between. */
    private static final int MAX_PHASES = 1024;
    private static final int CHUNK = 8192;

    private final Decoder source;
    private final Kernel kernel;
    private final long up; // L: output samples per ...
    private final long down; // M: ... this many input samples
    private final int half; // D: taps reach from n - D + 1 to n + D
    private final int phases;
    private final float[][] taps; // [phase][2D]

    private float[] x; // input samples from absolute index base
    private long base;
    private int filled;
    private boolean inputEnded;
    private long k; // the next output sample

    /** {@code source} at the kernel's output rate; the kernel's input rate must be the source's. */
    Resampler(Decoder source, Kernel kernel) {
        if (source.rate() != kernel.in) {
            throw new IllegalArgumentException(source.rate() + " Hz through a kernel for " + kernel.in + " Hz");
        }
        this.source = source;
        this.kernel = kernel;
        this.up = kernel.up;
        this.down = kernel.down;
        this.half = kernel.half;
        this.phases = kernel.phases;
        this.taps = kernel.taps;
        x = new float[CHUNK + 2 * half + 1];
    }

    /**
     * The filter for one pair of rates: computed once (about a million Bessel terms from 44.1 to
     * 16 kHz), shared by every pass over a file. Immutable.
     */
    static final class Kernel {
        final int in;
        final int out;
        final long up;
        final long down;
        final int half;
        final int phases;
        final float[][] taps;

        Kernel(int in, int out) {
            this.in = in;
            this.out = out;
            long g = gcd(in, out);
            up = out / g;
            down = in / g;
            double cutoff = 0.5 * Math.min(1.0, (double) out / in) * CUTOFF; // cycles per input sample
            double reach = ZEROS / (2 * cutoff); // input samples each side
            half = (int) Math.ceil(reach);
            phases = (int) Math.min(up, MAX_PHASES);
            taps = new float[phases + 1][2 * half];
            double i0beta = bessel0(BETA);
            double[] h = new double[2 * half];
            for (int p = 0; p <= phases; p++) {
                double frac = (double) p / phases;
                double sum = 0;
                for (int j = 0; j < 2 * half; j++) {
                    double t = frac - (j - half + 1); // output time minus input index
                    double r = t / reach;
                    h[j] = Math.abs(r) < 1
                            ? 2 * cutoff * sinc(2 * cutoff * t) * bessel0(BETA * Math.sqrt(1 - r * r)) / i0beta
                            : 0;
                    sum += h[j];
                }
                for (int j = 0; j < 2 * half; j++) {
                    taps[p][j] = (float) (h[j] / sum); // each phase passes DC at exactly 1
                }
            }
        }
    }

    @Override
    public int rate() {
        return kernel.out;
    }

    @Override
    public int read(float[] buf, int off, int len) throws MusicException {
        int made = 0;
        while (made < len) {
            long n = Math.floorDiv(k * down, up); // the input sample at or before output k
            long last = n + half; // the last input sample output k needs
            if (!inputEnded && last >= base + filled) {
                fill(n - half + 1);
                continue;
            }
            if (inputEnded && n >= base + filled) {
                break; // ceil(inputs * up / down) outputs made
            }
            long phaseNumer = k * down - n * up; // in [0, up)
            if (phases == up) {
                buf[off + made++] = dot(taps[(int) phaseNumer], n);
            } else {
                double pos = (double) phaseNumer * phases / up;
                int p = (int) pos;
                float w = (float) (pos - p);
                buf[off + made++] = (1 - w) * dot(taps[p], n) + w * dot(taps[p + 1], n);
            }
            k++;
        }
        return made == 0 ? -1 : made;
    }

    /** Sum of h[j] * x[n - D + 1 + j], zeros outside what the source gave. */
    private float dot(float[] h, long n) {
        long first = n - half + 1;
        int at = (int) (first - base);
        float sum = 0;
        if (at >= 0 && at + h.length <= filled) {
            // four running sums (in a fixed order: still the same result every run) let the
            // additions overlap; h.length is even, the last pair done alone
            float s0 = 0;
            float s1 = 0;
            float s2 = 0;
            float s3 = 0;
            int j = 0;
            for (; j + 3 < h.length; j += 4) {
                s0 += h[j] * x[at + j];
                s1 += h[j + 1] * x[at + j + 1];
                s2 += h[j + 2] * x[at + j + 2];
                s3 += h[j + 3] * x[at + j + 3];
            }
            for (; j < h.length; j++) {
                s0 += h[j] * x[at + j];
            }
            return (s0 + s1) + (s2 + s3);
        }
        for (int j = 0; j < h.length; j++) {
            int i = at + j;
            if (i >= 0 && i < filled) {
                sum += h[j] * x[i];
            }
        }
        return sum;
    }

    /** Drops input before {@code keep}, then reads one more chunk of the source. */
    private void fill(long keep) throws MusicException {
        int drop = (int) Math.max(0, Math.min(filled, keep - base));
        if (drop > 0) {
            System.arraycopy(x, drop, x, 0, filled - drop);
            filled -= drop;
            base += drop;
        }
        if (filled == x.length) {
            float[] bigger = new float[x.length * 2];
            System.arraycopy(x, 0, bigger, 0, filled);
            x = bigger;
        }
        int r = source.read(x, filled, x.length - filled);
        if (r < 0) {
            inputEnded = true;
        } else {
            filled += r;
        }
    }

    @Override
    public void close() {
        source.close();
    }

    private static double sinc(double t) {
        if (t == 0) {
            return 1;
        }
        double a = Math.PI * t;
        return Math.sin(a) / a;
    }

    /** The modified Bessel function of the first kind, order 0, by its power series. */
    private static double bessel0(double v) {
        double sum = 1;
        double term = 1;
        double q = v * v / 4;
        for (int m = 1; m < 50; m++) {
            term *= q / ((double) m * m);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
