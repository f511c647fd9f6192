package limber.mix;

import java.util.ArrayList;
import java.util.List;

/**
 * How loud the music is at each moment of a session: {@code level} (its gain in holds and rests)
 * and {@link #DEPTH_DB} lower under every spoken line and earcon. The session knows when the
 * voice comes, so the music is already down when it does: it starts down {@link #DOWN_MILLIS}
 * before, comes back up from {@link #UP_AFTER_MILLIS} after, over {@link #UP_MILLIS}, both
 * ramps raised cosines; a gap too short for a whole ramp down and up stays down.
 *
 * <pre>{@code
 * Ducking d = new Ducking(List.of(new Ducking.Span(24_000, 72_000)), 24_000, 0.25);
 * d.gain(0);        // 0.25: the level
 * d.gain(24_000);   // 0.025: 20 dB under it while the voice speaks
 * }</pre>
 */
public final class Ducking {
    /** How far the music goes down under the voice: WCAG's G56 asks for at least 20 dB. */
    public static final double DEPTH_DB = 24.0;
    /** The ramp down ends as the voice starts: it starts this long before. */
    static final int DOWN_MILLIS = 400;
    /** After the voice, the music waits this long ... */
    static final int UP_AFTER_MILLIS = 250;
    /** ... then comes back up over this long. */
    static final int UP_MILLIS = 900;

    /** Samples {@code [start, end)} where the voice (or an earcon) sounds. */
    public record Span(long start, long end) {
    }

    private final double level;
    private final double low;
    private final int down;
    private final int upAfter;
    private final int up;
    /** The stretches where the music is fully down, merged, in order. */
    private final long[] starts;
    private final long[] ends;
    private final double[] downRamp;
    private final double[] upRamp;

    /**
     * @param voiced where the voice sounds, in order
     * @param level the music's gain in holds (linear)
     */
    public Ducking(List<Span> voiced, int rate, double level) {
        this.level = level;
        this.low = level * Leveller.dbToLinear(-DEPTH_DB);
        this.down = rate * DOWN_MILLIS / 1000;
        this.upAfter = rate * UP_AFTER_MILLIS / 1000;
        this.up = rate * UP_MILLIS / 1000;
        this.downRamp = ramp(down);
        this.upRamp = ramp(up);
        List<long[]> merged = new ArrayList<>();
        for (Span s : voiced) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            // too short a gap to come up and go down again: stay down through it
            if (last != null && s.start() - last[1] < upAfter + up + down) {
                last[1] = Math.max(last[1], s.end());
            } else {
                merged.add(new long[] {s.start(), s.end()});
            }
        }
        starts = new long[merged.size()];
        ends = new long[merged.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = merged.get(i)[0];
            ends[i] = merged.get(i)[1];
        }
    }

    /** The music's gain at sample {@code position}. */
    public double gain(long position) {
        return at(position, first(position));
    }

    /** The gains of samples {@code [position, position + len)} into {@code out[off, off + len)}. */
    public void fill(long position, double[] out, int off, int len) {
        int i = first(position);
        for (int k = 0; k < len; k++) {
            long p = position + k;
            while (i < starts.length && ends[i] + upAfter + up <= p) {
                i++;
            }
            out[off + k] = at(p, i);
        }
    }

    /** The first fully-down stretch whose ramp up ends after {@code position}. */
    private int first(long position) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] + upAfter + up <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private double at(long position, int i) {
        if (i == starts.length) {
            return level;
        }
        long start = starts[i];
        long end = ends[i];
        if (position >= start && position < end + upAfter) {
            return low;
        }
        if (position < start) {
            long into = position - (start - down); // into the ramp down
            return into < 0 ? level : level + (low - level) * downRamp[(int) into];
        }
        return low + (level - low) * upRamp[(int) (position - end - upAfter)];
    }

    /** A raised cosine from 0 to 1 over {@code n} samples. */
    private static double[] ramp(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * i / n);
        }
        return w;
    }
}
