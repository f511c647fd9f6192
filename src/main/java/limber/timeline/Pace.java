package limber.timeline;

import java.util.Locale;

/** The silence after each spoken line. */
public enum Pace {
    SLOW(1200), NORMAL(700), BRISK(350);

    private final int gapMillis;

    Pace(int gapMillis) {
        this.gapMillis = gapMillis;
    }

    /** The gap at {@code rate} samples a second. */
    public int gapSamples(int rate) {
        return (int) ((long) gapMillis * rate / 1000);
    }

    /** Parses "slow", "normal" or "brisk" (any case). */
    public static Pace parse(String s) {
        for (Pace p : values()) {
            if (p.name().equalsIgnoreCase(s.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("pace must be slow, normal or brisk, got \"" + s + "\"");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
