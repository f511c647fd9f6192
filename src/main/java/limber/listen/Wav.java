package limber.listen;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import limber.audio.WavSink;

/** 16 kHz mono PCM to a WAV file, for the recognizer's child processes. */
final class Wav {
    private Wav() {
    }

    /** Writes {@code pcm} to {@code file}, replacing it. */
    static void write(Path file, short[] pcm) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             WavSink sink = new WavSink(out, pcm.length, Segmenter.RATE)) {
            sink.write(pcm, 0, pcm.length);
        }
    }
}
