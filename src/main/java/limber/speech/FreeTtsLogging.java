package limber.speech;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Holds the java.util.logging switch; loaded only when FreeTTS itself is. */
final class FreeTtsLogging {
    // A strong reference: JUL forgets the level of a logger nobody holds.
    private static final Logger LOGGER = Logger.getLogger("com.sun.speech");

    static {
        LOGGER.setLevel(Level.OFF);
    }

    static void off() {
        // Loading this class is the work.
    }
}
