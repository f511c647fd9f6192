package limber.audio;

import java.util.EnumMap;
import java.util.Map;
import limber.mix.Leveller;
import limber.timeline.Earcon;

/**
 * The earcons as PCM: short chimes made of sine notes with soft edges. Made with
 * {@link StrictMath} so every JVM produces the same samples (exports are byte-identical).
 */
public final class Earcons {
    private static final double AMPLITUDE = 0.30 * Short.MAX_VALUE;
    /** Soft edges of each note: 10 ms, no clicks. */
    private static final int FADE_MILLIS = 10;

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
        }
        return Clip.of(new Leveller(rate).levelSound(out));
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
}
