package limber.speech.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import limber.audio.Clip;
import limber.speech.Voice;
import org.junit.jupiter.api.Test;

/**
 * How a child-process narrator fails: real processes (sh, sleep) stand in for an engine that
 * crashes or hangs on a line, which the installed engines cannot be made to do on purpose.
 */
class ExternalNarratorTest {
    /** An "engine" whose command is {@code sh -c SCRIPT}, the text file as $1 and the WAV as $2. */
    private record Shell(String script) implements Engine {
        public About about() {
            return new About("sh", "sh", "sh", "", "none");
        }

        public List<Voice> voices(Path program, String path) {
            return List.of(VOICE);
        }

        public List<String> command(Path program, Voice voice, int rate, Path text, Path wav) {
            return List.of(program.toString(), "-c", script, "sh", text.toString(), wav.toString());
        }

        public String reportedVersion(Path program) {
            return "";
        }

        public List<Path> dataFiles(Path program, Voice voice) {
            return List.of();
        }
    }

    static final Voice VOICE = new Voice("sh", "test", "en", 16_000, "none");

    private static ExternalNarrator narrator(String script, long timeoutMillis) {
        return new ExternalNarrator(new Shell(script), Path.of("/bin/sh"), VOICE, 175, () -> "1", timeoutMillis);
    }

    @Test
    void anEngineThatFailsIsOneLineNamingTheVoiceTheTextAndItsLastErrorLine() {
        try (ExternalNarrator n = narrator("echo warming up >&2; echo 'cannot open voice data' >&2; exit 3", 10_000)) {
            IOException e = assertThrows(IOException.class, () -> n.say("Lie on your back."));
            assertEquals("sh:test failed on \"Lie on your back.\" (exit status 3): cannot open voice data", e.getMessage());
        }
    }

    @Test
    void anEngineThatHangsIsKilledWithWhatItStartedAndNamed() throws Exception {
        try (ExternalNarrator n = narrator("sleep 61.25 & sleep 61.25; wait", 500)) {
            long t0 = System.nanoTime();
            IOException e = assertThrows(IOException.class, () -> n.say("Hold."));
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 8_000, "bounded");
            assertTrue(e.getMessage().startsWith("sh:test failed on \"Hold.\": /bin/sh did not finish within 1 s"),
                    e.getMessage());
        }
        Thread.sleep(200);
        assertEquals(List.of(), ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("61.25")).orElse(false)).toList());
    }

    @Test
    void aWavWhoseSizeFieldsAreBogusIsReadToItsEnd() throws Exception {
        // RHVoice's streamed WAV: 0x7fffffff in the RIFF and data sizes
        ByteBuffer b = ByteBuffer.allocate(44 + 6).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(0x7fffffff).put("WAVEfmt ".getBytes()).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(16_000).putInt(32_000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(0x7fffffff).putShort((short) 1).putShort((short) -2).putShort((short) 3);
        WavReader.Pcm pcm = WavReader.read(b.array());
        assertEquals(16_000, pcm.rate());
        assertEquals(Clip.of(new short[] {1, -2, 3}), pcm.clip());
    }

    @Test
    void aWavAtAnotherRateThanTheVoicesIsRefused() {
        String script = "printf 'RIFF\\377\\377\\377\\177WAVEfmt \\020\\0\\0\\0\\001\\0\\001\\0\\300\\135\\0\\0\\200\\273\\0\\0\\002\\0\\020\\0data\\0\\0\\0\\0' > \"$2\"";
        try (ExternalNarrator n = narrator(script, 10_000)) {
            IOException e = assertThrows(IOException.class, () -> n.say("Release."));
            assertEquals("sh:test wrote 24000 Hz audio for \"Release.\", expected 16000 Hz", e.getMessage());
        }
    }

    @Test
    void anEngineThatWritesNothingIsNamed() {
        try (ExternalNarrator n = narrator("true", 10_000)) {
            IOException e = assertThrows(IOException.class, () -> n.say("Release."));
            assertEquals("sh:test wrote no audio for \"Release.\"", e.getMessage());
        }
    }
}
