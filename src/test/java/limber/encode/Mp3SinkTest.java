package limber.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real PCM through the real encoder, decoded again by ffmpeg. */
class Mp3SinkTest {
    @TempDir
    Path dir;

    /** {@code n} samples of a tone at {@code hz}, 0.3 of full scale. */
    static short[] tone(int n, double hz) {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            s[i] = (short) Math.round(0.3 * Short.MAX_VALUE * Math.sin(2 * Math.PI * hz * i / 16_000));
        }
        return s;
    }

    /** Encodes {@code pcm} in chunks of {@code chunk} samples and puts the info frame in place. */
    static Path encode(Path file, short[] pcm, int chunk) throws IOException {
        Mp3Sink sink;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            sink = new Mp3Sink(out, 16_000);
            try (sink) {
                for (int i = 0; i < pcm.length; i += chunk) {
                    sink.write(pcm, i, Math.min(chunk, pcm.length - i));
                }
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(sink.infoFrame());
        }
        return file;
    }

    // not fewer than ~500 samples: ffmpeg trims a padding longer than a frame from the last
    // packet only in part, and no part of a session is that short
    @ParameterizedTest
    @ValueSource(ints = {575, 576, 577, 1153, 48_123})
    void decodesToExactlyTheSamplesWritten(int samples) throws IOException {
        Path mp3 = encode(dir.resolve("t.mp3"), tone(samples, 440), 1000);
        assertEquals(samples, Ffmpeg.decode(mp3).length);
    }

    @Test
    void decodedToneIsAlignedWithTheInputToTheSample() throws IOException {
        short[] in = tone(3 * 16_000 + 321, 440);
        short[] out = Ffmpeg.decode(encode(dir.resolve("t.mp3"), in, 1024));
        // a shift of one sample at 440 Hz would leave an error of 17% of the signal (-15 dB)
        assertTrue(snr(in, out) > 25, "SNR " + snr(in, out) + " dB");
    }

    @Test
    void chunkSizesDoNotChangeTheBytes() throws IOException {
        short[] in = tone(20_000, 1000);
        Path a = encode(dir.resolve("a.mp3"), in, 1024);
        Path b = encode(dir.resolve("b.mp3"), in, 333);
        assertEquals(-1, Files.mismatch(a, b));
    }

    @Test
    void fileIsFortyEightKilobitsPerSecond() throws IOException {
        Path mp3 = encode(dir.resolve("t.mp3"), tone(10 * 16_000, 440), 1024);
        // 10 s at 48 kbit/s is 60,000 bytes; plus the info frame, the delay and the padding
        long size = Files.size(mp3);
        assertTrue(size >= 60_000 && size <= 60_000 + 4 * 216, "size " + size);
        assertEquals("48000", Ffmpeg.probe(mp3).get("streams").get(0).get("bit_rate").asText());
    }

    @Test
    void infoFrameCarriesTheLameTagAndReplacesThePlaceholderExactly() throws IOException {
        Path mp3 = encode(dir.resolve("t.mp3"), tone(5000, 440), 1024);
        byte[] file = Files.readAllBytes(mp3);
        byte[] info = Arrays.copyOf(file, 216);
        // MPEG-2 Layer III, 48 kbit/s, 16 kHz, mono; "Info" after the 4-byte header and 9 bytes of side info
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xF3, 0x68, (byte) 0xC4}, Arrays.copyOf(info, 4));
        assertEquals("Info", new String(info, 13, 4, StandardCharsets.ISO_8859_1));
        assertEquals("LAME", new String(info, 13 + 120, 4, StandardCharsets.ISO_8859_1));
        // the next frame starts right after it
        assertEquals((byte) 0xFF, file[216]);
        int delay = (info[13 + 141] & 0xFF) << 4 | (info[13 + 142] & 0xF0) >> 4;
        assertEquals(576, delay);
    }

    @Test
    void infoFrameIsUnknownBeforeClose() throws IOException {
        Mp3Sink sink = new Mp3Sink(OutputStream.nullOutputStream(), 16_000);
        assertThrows(IllegalStateException.class, sink::infoFrame);
    }

    /** Signal to error ratio in dB over the whole length. */
    static double snr(short[] in, short[] out) {
        assertEquals(in.length, out.length);
        double signal = 0;
        double error = 0;
        for (int i = 0; i < in.length; i++) {
            signal += (double) in[i] * in[i];
            error += (double) (in[i] - out[i]) * (in[i] - out[i]);
        }
        return 10 * Math.log10(signal / error);
    }
}
