package limber.audio;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import limber.threads.Threads;

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
    public static final int BUFFER_MILLIS = 250;

    /** A line that has been playing and then plays nothing for this long, with audio to play, has lost its device. */
    static final long STALL_MILLIS = 2000;
    /**
     * A line that has not played yet since it was opened or restarted (a flush) may be waking a
     * device: a suspended sink, Bluetooth headphones, an idle server. It gets this long.
     */
    static final long WAKE_MILLIS = 15000;
    private static final long WATCH_MILLIS = 100;

    private final SourceDataLine line;
    private final int rate;
    private final java.util.concurrent.ScheduledExecutorService watchdog;
    private byte[] bytes = new byte[0];
    private long written;
    private volatile boolean lost;
    private volatile boolean writing;
    private long lastPosition = -1;
    /**
     * The line's position when it was last (re)started. It has played once it is a line buffer
     * past it: PulseAudio reports the first buffer played as soon as it is written, then an
     * idle null sink plays nothing for about 2 s (measured: 4,000 frames at once, then 2.01 s).
     */
    private volatile long startedAt;
    private long stalledSince;
    private long lastWatch = System.nanoTime() / 1_000_000;

    private Speakers(SourceDataLine line, int rate) {
        this.line = line;
        this.rate = rate;
        // a blocking write never returns when the audio server dies: watch the line, and close
        // it when a write waits while the line plays nothing, which ends the write
        this.watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Threads.daemon("limber-audio-watchdog"));
        watchdog.scheduleWithFixedDelay(this::watch, WATCH_MILLIS, WATCH_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void watch() {
        long now = System.nanoTime() / 1_000_000;
        long position = line.getLongFramePosition();
        boolean wasStopped = now - lastWatch > 10 * WATCH_MILLIS; // Ctrl-Z stopped the process: time did not pass for us
        lastWatch = now;
        if (!writing || position != lastPosition || wasStopped) {
            stalledSince = now;
        } else if (now - stalledSince >= (position > startedAt + bufferSamples(rate) ? STALL_MILLIS : WAKE_MILLIS)) {
            lost = true;
            line.close();
            watchdog.shutdown();
        }
        lastPosition = position;
    }

    /** The device went away while playing (the audio server died, the card was unplugged). */
    public static final class Lost extends IOException {
        Lost() {
            super("the audio output device stopped playing (was it unplugged, or its server stopped?)");
        }
    }

    /** Thrown when there is no audio output at all (no sound card, no audio server). */
    public static final class NoDevice extends IOException {
        NoDevice(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    /** The line's buffer in samples at {@code rate}. */
    public static int bufferSamples(int rate) {
        return rate * BUFFER_MILLIS / 1000;
    }

    /** The default output line, playing 16-bit mono at {@code rate} samples a second. */
    public static Speakers open(int rate) throws IOException {
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            line.open(format, bufferSamples(rate) * 2);
            line.start();
            return new Speakers(line, rate);
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
        writing = true;
        try {
            while (done < length * 2) {
                if (lost || !line.isOpen()) {
                    throw new Lost();
                }
                done += line.write(bytes, done, length * 2 - done);
            }
        } finally {
            writing = false;
        }
        written += length;
    }

    @Override
    public int sampleRate() {
        return rate;
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
        written = line.getLongFramePosition(); // nothing is pending: the watchdog sees no stall
        startedAt = written;
        line.start();
        return dropped;
    }

    @Override
    public void drain() {
        if (line.isOpen()) {
            line.drain();
        }
    }

    @Override
    public void close() throws IOException {
        if (line.isOpen()) {
            line.drain();
        }
        line.close();
        watchdog.shutdownNow();
        if (lost) {
            throw new Lost();
        }
    }
}
