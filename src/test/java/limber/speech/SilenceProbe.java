package limber.speech;

import java.io.IOException;

/** Speaks its arguments with kevin16 and exits; a test checks that it printed nothing. */
final class SilenceProbe {
    private SilenceProbe() {}

    public static void main(String[] args) throws IOException {
        FreeTtsNarrator.voices();
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", FreeTtsNarrator.DEFAULT_RATE)) {
            for (String text : args) {
                if (n.say(text).length() == 0) {
                    System.exit(3);
                }
            }
        }
    }
}
