package limber.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ToolsTest {
    @Test
    void aMissingProgramIsNamedWithTheLineThatInstallsIt() {
        assertEquals("parec is not installed: apt-get install -y --no-install-recommends pulseaudio-utils",
                Tools.missing("/nonexistent", new String[] {"parec"}));
    }

    @Test
    void theFirstMissingOfSeveralIsNamed() {
        assertEquals("pocketsphinx_continuous is not installed: apt-get install -y --no-install-recommends pocketsphinx",
                Tools.missing("/nonexistent", Tools.POCKETSPHINX));
    }

    @Test
    void aProgramWithoutAKnownPackageIsAnError() {
        assertEquals("no Debian package known for xyzzy",
                assertThrows(IllegalArgumentException.class, () -> Tools.missing("/nonexistent", new String[] {"xyzzy"})).getMessage());
    }
}
