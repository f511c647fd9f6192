package limber.timeline;

import java.util.Locale;

/** How countdown marks inside a hold sound: spoken numbers, short beeps, or nothing. */
public enum CountdownStyle {
    VOICE, BEEPS, OFF;

    public static CountdownStyle parse(String s) {
        for (CountdownStyle c : values()) {
            if (c.name().equalsIgnoreCase(s.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("countdown must be voice, beeps or off, got \"" + s + "\"");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
