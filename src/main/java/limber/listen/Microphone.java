package limber.listen;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * The default microphone through a javax.sound {@link TargetDataLine}, 16 kHz mono: the only
 * class of this package that touches javax.sound. {@link #read} blocks until a chunk has been
 * captured, so the reading loop is paced by the microphone itself.
 *
 * <p>Thread-safety: one thread reads; {@link #close} may be called from another to end a read.
 */
final class Microphone implements Capture {
    /** The line's buffer: half a second, room for a reader held up by a garbage collection. */
    static final int BUFFER_SAMPLES = Segmenter.RATE / 2;

    private final TargetDataLine line;
    private byte[] bytes = new byte[0];
    private volatile long captured;

    private Microphone(TargetDataLine line) {
        this.line = line;
    }

    /** Thrown when there is no microphone (no capture device, no audio server). */
    static final class NoDevice extends IOException {
        private static final long serialVersionUID = 1L;

        NoDevice(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    static Microphone open() throws IOException {
        AudioFormat format = new AudioFormat(Segmenter.RATE, 16, 1, true, false);
        try {
            TargetDataLine line = AudioSystem.getTargetDataLine(format);
            line.open(format, BUFFER_SAMPLES * 2);
            line.start();
            return new Microphone(line);
        } catch (IllegalArgumentException | LineUnavailableException | SecurityException e) {
            throw new NoDevice(String.valueOf(e.getMessage()), e);
        }
    }

    @Override
    public int read(short[] pcm) throws IOException {
        if (bytes.length < pcm.length * 2) {
            bytes = new byte[pcm.length * 2];
        }
        int want = pcm.length * 2;
        int got = 0;
        while (got < want) {
            int n = line.read(bytes, got, want - got);
            if (n <= 0) {
                break; // a blocking read comes back empty only when the line was stopped or closed
            }
            got += n;
        }
        int samples = got / 2;
        for (int i = 0; i < samples; i++) {
            pcm[i] = (short) ((bytes[2 * i] & 255) | (bytes[2 * i + 1] << 8));
        }
        captured += samples;
        return samples;
    }

    /** Samples read so far. */
    long captured() {
        return captured;
    }

    /** Samples the microphone has recorded so far: those read, and those waiting in the line's buffer. */
    @Override
    public long position() {
        return captured + Math.max(0, line.available() / 2);
    }

    @Override
    public void close() {
        line.stop();
        line.close();
    }
}
