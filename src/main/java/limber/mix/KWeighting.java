package limber.mix;

/**
 * The K-weighting filter of BS.1770 Annex 1, a high shelf then a high pass, at any sample rate:
 * the coefficients from the analogue prototypes, as libebur128 computes them. One sample in,
 * one out; it keeps its state from call to call.
 */
final class KWeighting {
    private final double b0;
    private final double b1;
    private final double b2;
    private final double a1;
    private final double a2;
    private final double ra1;
    private final double ra2;
    private double x1;
    private double x2;
    private double y1;
    private double y2;
    private double z1;
    private double z2;

    KWeighting(int rate) {
        double f0 = 1681.974450955533;
        double g = 3.999843853973347;
        double q = 0.7071752369554196;
        double k = StrictMath.tan(StrictMath.PI * f0 / rate);
        double vh = StrictMath.pow(10.0, g / 20.0);
        double vb = StrictMath.pow(vh, 0.4996667741545416);
        double a0 = 1.0 + k / q + k * k;
        b0 = (vh + vb * k / q + k * k) / a0;
        b1 = 2.0 * (k * k - vh) / a0;
        b2 = (vh - vb * k / q + k * k) / a0;
        a1 = 2.0 * (k * k - 1.0) / a0;
        a2 = (1.0 - k / q + k * k) / a0;
        f0 = 38.13547087602444;
        q = 0.5003270373238773;
        k = StrictMath.tan(StrictMath.PI * f0 / rate);
        double c0 = 1.0 + k / q + k * k;
        ra1 = 2.0 * (k * k - 1.0) / c0;
        ra2 = (1.0 - k / q + k * k) / c0;
    }

    /** The next filtered sample. */
    double next(double x) {
        double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        double z = y - 2.0 * y1 + y2 - ra1 * z1 - ra2 * z2;
        y2 = y1;
        y1 = y;
        z2 = z1;
        z1 = z;
        return z;
    }
}
