package limber.audio;

import java.util.EnumMap;
import java.util.Map;
import limber.timeline.Earcon;

/**
 * The earcons as PCM: short chimes made of sine notes with soft edges. Made with
 * {@link StrictMath} so every JVM produces the same samples (exports are byte-identical).
 */
public final class Earcons {
    private static final double AMPLITUDE = 0.30 * Short.MAX_VALUE;
    private static final int FADE = 160; // 10 ms: no clicks at note edges

    private Earcons() {
    }

    /** All earcons, each exactly {@link Earcon#samples()} long. */
    public static Map<Earcon, Clip> all() {
        Map<Earcon, Clip> map = new EnumMap<>(Earcon.class);
        for (Earcon e : Earcon.values()) {
            map.put(e, make(e));
        }
        return map;
    }

    static Clip make(Earcon earcon) {
        short[] out = new short[earcon.samples()];
        switch (earcon) {
            case HOLD_START -> notes(out, 659.26, 880.00);         // rising: begin
            case HOLD_END -> notes(out, 880.00, 659.26, 523.25);   // falling: let go
            case TICK -> notes(out, 1046.50);
        }
        return Clip.of(out);
    }

    private static void notes(short[] out, double... hz) {
        int each = out.length / hz.length;
        for (int n = 0; n < hz.length; n++) {
            int from = n * each;
            int to = n == hz.length - 1 ? out.length : from + each;
            for (int i = from; i < to; i++) {
                int k = i - from;
                double edge = Math.min(1.0, Math.min(k, to - 1 - i) / (double) FADE);
                double v = StrictMath.sin(2 * StrictMath.PI * hz[n] * k / Clip.SAMPLE_RATE);
                out[i] = (short) Math.round(AMPLITUDE * edge * v);
            }
        }
    }
}
