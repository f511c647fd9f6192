package limber.player;

import limber.audio.LiveSink;
import limber.audio.Speakers;

/**
 * A silent live sink for {@code --text-only}: it keeps time like a sound card would, from a
 * clock. Writes block until the stream is at most one line buffer ahead of the clock; waits are
 * aimed at absolute instants computed from the samples written, so pauses never add up to drift.
 */
public final class ClockSink implements LiveSink {
    /** A monotonic clock that can wait. */
    public interface Clock {
        long nanos();

        void sleepUntil(long nanos) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long nanos() {
                return System.nanoTime();
            }

            @Override
            public void sleepUntil(long nanos) throws InterruptedException {
                long wait;
                while ((wait = nanos - System.nanoTime()) > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        };
    }

    private final Clock clock;
    private final int rate;
    private long origin;
    private long written;

    /** Keeps time for {@code rate} samples a second by {@code clock}. */
    public ClockSink(Clock clock, int rate) {
        this.clock = clock;
        this.rate = rate;
        this.origin = clock.nanos();
    }

    @Override
    public int sampleRate() {
        return rate;
    }

    private long played() {
        long p = (clock.nanos() - origin) * rate / 1_000_000_000L;
        return Math.min(p, written);
    }

    private long at(long sample) {
        return origin + sample * 1_000_000_000L / rate;
    }

    @Override
    public void write(short[] samples, int offset, int length) throws java.io.InterruptedIOException {
        if (played() >= written) {
            origin = clock.nanos() - (written * 1_000_000_000L / rate); // it ran dry: restart the clock
        }
        written += length;
        try {
            clock.sleepUntil(at(written - Speakers.bufferSamples(rate)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    @Override
    public long queued() {
        return written - played();
    }

    @Override
    public long flush() {
        long dropped = queued();
        written -= dropped;
        return dropped;
    }

    @Override
    public void drain() {
        try {
            clock.sleepUntil(at(written));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        drain();
    }
}
