package limber.audio;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * The speakers, through a javax.sound {@link SourceDataLine}. The line is the session's clock:
 * {@link #write} blocks while the line's small buffer is full, so a caller writing in a loop
 * is paced by the audio itself, never by sleeping.
 *
 * <p>Thread-safety: one thread writes; {@link #flush()} and {@link #position()} may be called
 * from that same thread only.
 */
public final class Speakers implements LiveSink {
    /** The line's buffer: 250 ms, short enough that a key takes effect at once when flushed. */
    public static final int BUFFER_SAMPLES = Clip.SAMPLE_RATE / 4;

    private final SourceDataLine line;
    private byte[] bytes = new byte[0];
    private long written;

    private Speakers(SourceDataLine line) {
        this.line = line;
    }

    /** Thrown when there is no audio output at all (no sound card, no audio server). */
    public static final class NoDevice extends IOException {
        NoDevice(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    public static Speakers open() throws IOException {
        AudioFormat format = new AudioFormat(Clip.SAMPLE_RATE, 16, 1, true, false);
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            line.open(format, BUFFER_SAMPLES * 2);
            line.start();
            return new Speakers(line);
        } catch (IllegalArgumentException | LineUnavailableException | SecurityException e) {
            throw new NoDevice(String.valueOf(e.getMessage()), e);
        }
    }

    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        if (bytes.length < length * 2) {
            bytes = new byte[length * 2];
        }
        for (int i = 0; i < length; i++) {
            short s = samples[offset + i];
            bytes[2 * i] = (byte) s;
            bytes[2 * i + 1] = (byte) (s >> 8);
        }
        int done = 0;
        while (done < length * 2) {
            int n = line.write(bytes, done, length * 2 - done);
            if (n <= 0 && !line.isOpen()) {
                throw new IOException("the audio output closed");
            }
            done += n;
        }
        written += length;
    }

    @Override
    public long queued() {
        return Math.max(0, written - line.getLongFramePosition());
    }

    @Override
    public long flush() {
        line.stop();
        long dropped = queued();
        line.flush();
        written = line.getLongFramePosition();
        line.start();
        return dropped;
    }

    @Override
    public void drain() {
        line.drain();
    }

    @Override
    public void close() {
        line.drain();
        line.close();
    }
}
