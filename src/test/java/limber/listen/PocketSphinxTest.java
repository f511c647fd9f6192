package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the recognizer, and what a decoder that fails does: a shell script stands in for
 * pocketsphinx ({@link DecodersTest}), so no pocketsphinx is needed.
 */
class PocketSphinxTest {
    private static final PocketSphinx.Settings SETTINGS = PocketSphinx.Settings.DEFAULT;
    private static final Vocabulary CONTROLS = Vocabulary.controls();

    /** Half a second of a tone between quiet: some utterance. */
    private static Recognizer.Heard recognizeSomething(PocketSphinx ps) throws IOException {
        short[] pcm = new short[Segmenter.RATE * 3 / 2];
        for (int i = Segmenter.RATE / 2; i < Segmenter.RATE; i++) {
            pcm[i] = (short) Math.round(3000 * Math.sin(2 * Math.PI * 300 * i / Segmenter.RATE));
        }
        return ps.recognize(pcm, Segmenter.RATE / 2, Segmenter.RATE, CONTROLS);
    }

    @Test
    void aDecoderThatCrashesIsAnErrorNotNothingHeard(@TempDir Path bin) throws Exception {
        try (PocketSphinx ps = PocketSphinx.open(SETTINGS, DecodersTest.pathWith(bin, DecodersTest.CRASH))) {
            Recognizer.Broken e = assertThrows(Recognizer.Broken.class, () -> recognizeSomething(ps));
            assertEquals("pocketsphinx_continuous failed (exit status 1): " + DecodersTest.MODEL_ERROR, e.getMessage());
        }
        assertEquals(List.of(), DecodersTest.alive(bin));
    }

    @Test
    void decodersThatHangLeaveNoProcessBehind(@TempDir Path bin) throws Exception {
        PocketSphinx.Settings quick = PocketSphinx.Settings.DEFAULT.withTimeout(1500);
        try (PocketSphinx ps = PocketSphinx.open(quick, DecodersTest.pathWith(bin, DecodersTest.HANG))) {
            IOException e = assertThrows(IOException.class, () -> recognizeSomething(ps));
            assertEquals("pocketsphinx_continuous did not finish within 1500 ms", e.getMessage());
        }
        // the probe's shell, and the three decoders' shells with their sleeps
        assertEquals(7, Files.readAllLines(bin.resolve("pids")).size());
        assertEquals(List.of(), DecodersTest.alive(bin));
    }

    @Test
    void aFirstDecoderSlowerThanAnUtterancesTimeoutStillOpens(@TempDir Path bin) throws Exception {
        // the last CI red: the probe, on a busy machine, took longer than one utterance may
        PocketSphinx.Settings quick = PocketSphinx.Settings.DEFAULT.withTimeout(500);
        DecodersTest.script(bin, PocketSphinx.PROGRAM, "case \"$*\" in *probe.wav*) sleep 2;; esac\nexit 0");
        try (PocketSphinx ps = PocketSphinx.open(quick, bin.toString())) {
            assertEquals(1, Files.readAllLines(bin.resolve("pids")).size());
        }
    }

    @Test
    void aDecoderThatFailsAtOnceSaysTheModelIsMissing(@TempDir Path bin) throws Exception {
        DecodersTest.script(bin, PocketSphinx.PROGRAM, DecodersTest.CRASH);
        PocketSphinx.Unavailable e = assertThrows(PocketSphinx.Unavailable.class,
                () -> PocketSphinx.open(SETTINGS, bin.toString()));
        assertEquals("voice control needs pocketsphinx's English model (pocketsphinx_continuous failed: "
                + DecodersTest.MODEL_ERROR + "): apt-get install pocketsphinx pocketsphinx-en-us", e.getMessage());
    }

    @Test
    void missingPocketsphinxSaysHowToInstallIt() {
        PocketSphinx.Unavailable e = assertThrows(PocketSphinx.Unavailable.class,
                () -> PocketSphinx.open(SETTINGS, "/nonexistent"));
        assertEquals("voice control needs pocketsphinx (pocketsphinx_continuous is not on PATH):"
                + " apt-get install pocketsphinx pocketsphinx-en-us", e.getMessage());
    }
}
