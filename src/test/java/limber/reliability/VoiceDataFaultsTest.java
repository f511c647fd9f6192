package limber.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import limber.speech.FreeTtsNarrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The voice data FreeTTS maps from the cache's {@code voices/} folder, cut short by another
 * program while a voice loads. Depending on the moment, FreeTTS maps a short file (a buffer
 * underflow), or the JVM faults on a page that is gone (an {@code InternalError}, a 20-line stack
 * trace before: about 1 load in 40 here), or the copy is checked after the cut and made again.
 * The promise: never an Error out of the narrator, only one line, and the next run works.
 */
class VoiceDataFaultsTest {
    @TempDir
    Path dir;

    @Test
    void voiceFileTruncatedDuringAColdLoadIsOneLineAndTheNextLoadWorks() throws Exception {
        Path voices = dir.resolve("voices");
        try (FreeTtsNarrator first = FreeTtsNarrator.open("kevin16", FreeTtsNarrator.DEFAULT_RATE, voices)) {
            first.say("Ready."); // makes the copies
        }
        List<String> failures = new ArrayList<>();
        for (int attempt = 0; attempt < 40; attempt++) {
            long delayMs = attempt * 7L % 200;
            FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", FreeTtsNarrator.DEFAULT_RATE, voices);
            Thread cutter = new Thread(() -> {
                try {
                    Thread.sleep(delayMs);
                    try (FileChannel c = FileChannel.open(voices.resolve("cmu_us_kal16.bin"), StandardOpenOption.WRITE)) {
                        c.truncate(100_000);
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            cutter.start();
            try {
                n.say("Reach up high and hold it.");
            } catch (IOException e) {
                failures.add(e.getMessage());
            } catch (Throwable e) {
                fail("attempt " + attempt + " (cut after " + delayMs + " ms): " + e);
            } finally {
                cutter.join();
                n.close();
            }
        }
        assertTrue(failures.size() > 0, "no load was cut short: the test did not test");
        for (String m : failures) {
            assertEquals("cannot load FreeTTS voice \"kevin16\": its data files in " + voices
                    + " changed while being read; run again", m);
        }
        try (FreeTtsNarrator again = FreeTtsNarrator.open("kevin16", FreeTtsNarrator.DEFAULT_RATE, voices)) {
            assertTrue(again.say("Release.").length() > 0);
        }
        assertEquals(3_968_522, Files.size(voices.resolve("cmu_us_kal16.bin")), "the copy is made again whole");
    }
}
