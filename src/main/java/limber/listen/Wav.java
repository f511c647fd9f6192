package limber.listen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import limber.audio.WavSink;

/** 16 kHz mono PCM to a WAV file, for the recognizer's child processes. */
final class Wav {
    private Wav() {
    }

    /** Writes {@code pcm} to {@code file}, replacing it. */
    static void write(Path file, short[] pcm) throws IOException {
        byte[] header = WavSink.header(pcm.length, Segmenter.RATE);
        byte[] bytes = new byte[header.length + 2 * pcm.length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = 0; i < pcm.length; i++) {
            bytes[header.length + 2 * i] = (byte) pcm[i];
            bytes[header.length + 2 * i + 1] = (byte) (pcm[i] >> 8);
        }
        Files.write(file, bytes);
    }
}
