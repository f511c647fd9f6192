package limber.audio;

import java.util.EnumMap;
import java.util.Map;
import limber.mix.Leveller;
import limber.timeline.Earcon;

/**
 * The earcons as PCM: short chimes made of sine notes with soft edges, and the breath tones, one
 * slow glide each. Made with {@link StrictMath} so every JVM produces the same samples (exports
 * are byte-identical).
 */
public final class Earcons {
    private static final double AMPLITUDE = 0.30 * Short.MAX_VALUE;
    /** Soft edges of each note: 10 ms, no clicks. */
    private static final int FADE_MILLIS = 10;
    /**
     * The breath tones sound this far under the session's level ({@link Leveller#TARGET}): a cue
     * to breathe with, heard in a quiet room and over the music, never a call for attention.
     */
    static final double BREATH_SOFTER_DB = 8.0;
    /** A breath tone swells in over this long and dies away over {@link #BREATH_RELEASE_MILLIS}: no edge to hear. */
    private static final int BREATH_ATTACK_MILLIS = 250;
    private static final int BREATH_RELEASE_MILLIS = 400;
    /** The glide of a breath tone: A4 up to E5 (a fifth) to breathe in, back down to breathe out. */
    private static final double BREATH_LOW_HZ = 440.0;
    private static final double BREATH_HIGH_HZ = 659.26;

    private Earcons() {
    }

    /** All earcons at {@code rate} samples a second, each exactly {@link Earcon#samples(int)} long. */
    public static Map<Earcon, Clip> all(int rate) {
        Map<Earcon, Clip> map = new EnumMap<>(Earcon.class);
        for (Earcon e : Earcon.values()) {
            map.put(e, make(e, rate));
        }
        return map;
    }

    static Clip make(Earcon earcon, int rate) {
        short[] out = new short[earcon.samples(rate)];
        switch (earcon) {
            case HOLD_START -> notes(out, rate, 659.26, 880.00);         // rising: begin
            case HOLD_END -> notes(out, rate, 880.00, 659.26, 523.25);   // falling: let go
            case TICK -> notes(out, rate, 1046.50);
            case BREATHE_IN -> glide(out, rate, BREATH_LOW_HZ, BREATH_HIGH_HZ);   // rising, as the chest does
            case BREATHE_OUT -> glide(out, rate, BREATH_HIGH_HZ, BREATH_LOW_HZ);  // falling
        }
        short[] levelled = new Leveller(rate).levelSound(out);
        if (earcon.breath()) {
            double gain = StrictMath.pow(10, -BREATH_SOFTER_DB / 20);
            for (int i = 0; i < levelled.length; i++) {
                levelled[i] = (short) Math.round(levelled[i] * gain);
            }
        }
        return Clip.of(levelled);
    }

    private static void notes(short[] out, int rate, double... hz) {
        int fade = rate * FADE_MILLIS / 1000;
        int each = out.length / hz.length;
        for (int n = 0; n < hz.length; n++) {
            int from = n * each;
            int to = n == hz.length - 1 ? out.length : from + each;
            for (int i = from; i < to; i++) {
                int k = i - from;
                double edge = Math.min(1.0, Math.min(k, to - 1 - i) / (double) fade);
                double v = StrictMath.sin(2 * StrictMath.PI * hz[n] * k / rate);
                out[i] = (short) Math.round(AMPLITUDE * edge * v);
            }
        }
    }

    /**
     * One tone gliding from {@code fromHz} to {@code toHz} (evenly in pitch), with a faint octave
     * above it so that a phone's small speaker still carries it, under a raised-cosine swell in
     * and a longer one out: it starts and ends at silence, with no step in level or slope.
     */
    private static void glide(short[] out, int rate, double fromHz, double toHz) {
        int n = out.length;
        int attack = rate * BREATH_ATTACK_MILLIS / 1000;
        int release = rate * BREATH_RELEASE_MILLIS / 1000;
        double phase = 0;
        for (int i = 0; i < n; i++) {
            double hz = fromHz * StrictMath.pow(toHz / fromHz, i / (double) (n - 1));
            double edge = i < attack ? rise(i / (double) attack)
                    : i >= n - release ? rise((n - 1 - i) / (double) release) : 1.0;
            double v = StrictMath.sin(phase) + 0.2 * StrictMath.sin(2 * phase);
            out[i] = (short) Math.round(AMPLITUDE * edge * v / 1.2);
            phase += 2 * StrictMath.PI * hz / rate;
        }
    }

    /** A raised cosine from 0 (at 0) to 1 (at 1). */
    private static double rise(double x) {
        return 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * x);
    }
}
