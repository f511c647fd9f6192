package limber.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcmTest {
    @TempDir
    Path dir;

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        short[] pcm = {0, 1, -1, Short.MAX_VALUE, Short.MIN_VALUE, 1234};
        Path f = dir.resolve("a.wav");
        Pcm.write(f, pcm);
        assertArrayEquals(pcm, Pcm.read(f));
    }

    @Test
    void chunksBeforeTheDataAreWalkedOver() throws IOException {
        // what sox and ffmpeg write: fmt with an extension, a LIST chunk of odd length (padded), then data
        ByteBuffer b = ByteBuffer.allocate(12 + 26 + 8 + 5 + 1 + 8 + 6).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(b.capacity() - 8).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(18).putShort((short) 1).putShort((short) 1).putInt(16_000).putInt(32_000)
                .putShort((short) 2).putShort((short) 16).putShort((short) 0);
        b.put("LIST".getBytes()).putInt(5).put("INFOx".getBytes()).put((byte) 0);
        b.put("data".getBytes()).putInt(6).putShort((short) 7).putShort((short) -8).putShort((short) 9);
        Path f = dir.resolve("b.wav");
        Files.write(f, b.array());
        assertArrayEquals(new short[] {7, -8, 9}, Pcm.read(f));
    }

    @Test
    void anotherFormatIsAnErrorNamingTheFile() throws IOException {
        Path f = dir.resolve("c.wav");
        Pcm.write(f, new short[4]);
        byte[] b = Files.readAllBytes(f);
        b[22] = 2; // stereo
        Files.write(f, b);
        assertEquals(f + ": want 16000 Hz 16-bit mono PCM, got 16000 Hz 16-bit 2 ch, format 1",
                assertThrows(IOException.class, () -> Pcm.read(f)).getMessage());
    }
}
