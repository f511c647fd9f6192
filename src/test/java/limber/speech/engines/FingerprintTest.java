package limber.speech.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine version in the cache key: what the engine reports plus its files' identities, so an
 * upgrade that reports the same version (RHVoice-test says "none") still gets new clips.
 */
class FingerprintTest {
    @TempDir
    Path dir;

    private Path program;
    private Path voice;

    private String version() throws IOException {
        if (program == null) {
            program = Files.writeString(dir.resolve("RHVoice-test"), "#!/bin/sh\n");
            voice = Files.createDirectories(dir.resolve("voices/clb"));
            Files.writeString(voice.resolve("voice.data"), "voice 1");
            Files.setLastModifiedTime(program, FileTime.fromMillis(1_000_000));
            Files.setLastModifiedTime(voice.resolve("voice.data"), FileTime.fromMillis(1_000_000));
        }
        return Fingerprint.of("none", program, "libRHVoice-no-such-prefix", List.of(voice));
    }

    @Test
    void theSameFilesGiveTheSameVersion() throws IOException {
        String v = version();
        assertTrue(v.matches("none\\+[0-9a-f]{8}"), v);
        assertEquals(v, version());
    }

    @Test
    void anUpgradedProgramGetsAnotherVersionThoughItReportsTheSame() throws IOException {
        String before = version();
        Files.writeString(program, "#!/bin/sh\n# 1.9\n");
        Files.setLastModifiedTime(program, FileTime.fromMillis(1_000_000));
        assertNotEquals(before, version());
    }

    @Test
    void anUpgradedVoiceDataFileGetsAnotherVersion() throws IOException {
        String before = version();
        Files.setLastModifiedTime(voice.resolve("voice.data"), FileTime.fromMillis(2_000_000));
        assertNotEquals(before, version());
    }

    @Test
    void theReportedVersionIsPartOfIt() throws IOException {
        String v = version();
        assertNotEquals(v, Fingerprint.of("1.51", program, "libRHVoice-no-such-prefix", List.of(voice)));
    }
}
