package limber.listen;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import limber.audio.LiveSink;

/**
 * Knows when the player's own voice can be heard, by watching what it plays: a decorator of the
 * live sink, and the "narrator is silent" signal for {@link VoiceControl}. No change to the
 * player is needed.
 *
 * <pre>{@code
 * NarrationGate gate = NarrationGate.wrap(Speakers.open(rate));
 * Player player = new Player(gate, inputs, ...);          // the player writes through the gate
 * VoiceControl.start(inputs, gate, holdSeconds, err);    // and voice control listens around it
 * }</pre>
 *
 * <p>Each chunk written that is louder than {@link #SILENT_DBFS} (speech, an earcon) is audible
 * from the moment the sink has played what it already queued until that plus the chunk's own
 * length; the narrator counts as audible over that span plus {@code tail} (the audio server's
 * latency, the room's echo, the microphone's buffer). {@link #flush} cuts every span short.
 *
 * <p>Thread-safety: one thread writes, flushes and drains (the player's); {@link #getAsBoolean}
 * may be called from any thread.
 */
public final class NarrationGate implements LiveSink, BooleanSupplier {
    /** Chunks quieter than this are silence. */
    public static final double SILENT_DBFS = -55;
    /** How long the narrator counts as audible after its last loud sample left the sink: 0.6 s. */
    public static final long DEFAULT_TAIL_NANOS = 600_000_000L;

    private final LiveSink out;
    private final LongSupplier nanos;
    private final long tailNanos;
    /** Audible spans {start, end} in {@code nanos} time, oldest first; guarded by this. */
    private final ArrayDeque<long[]> audible = new ArrayDeque<>();

    NarrationGate(LiveSink out, LongSupplier nanos, long tailNanos) {
        this.out = out;
        this.nanos = nanos;
        this.tailNanos = tailNanos;
    }

    /** Watches {@code out}, with the system's monotonic clock and the default tail. */
    public static NarrationGate wrap(LiveSink out) {
        return new NarrationGate(out, System::nanoTime, DEFAULT_TAIL_NANOS);
    }

    @Override
    public int sampleRate() {
        return out.sampleRate();
    }

    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        if (level(samples, offset, length) > SILENT_DBFS) {
            long now = nanos.getAsLong();
            long queued = out.queued();
            long start = now + queued * 1_000_000_000L / out.sampleRate();
            long end = now + (queued + length) * 1_000_000_000L / out.sampleRate();
            synchronized (this) {
                long[] last = audible.peekLast();
                if (last != null && start <= last[1] + tailNanos) {
                    last[1] = Math.max(last[1], end);
                } else {
                    audible.addLast(new long[] {start, end});
                }
            }
        }
        out.write(samples, offset, length);
    }

    @Override
    public long flush() {
        long dropped = out.flush();
        long now = nanos.getAsLong();
        synchronized (this) {
            for (Iterator<long[]> it = audible.iterator(); it.hasNext(); ) {
                long[] span = it.next();
                if (span[0] >= now) {
                    it.remove(); // dropped before a sample of it was heard
                } else {
                    span[1] = Math.min(span[1], now);
                }
            }
        }
        return dropped;
    }

    /** True while nothing the player played is audible, nor was within the tail. */
    @Override
    public boolean getAsBoolean() {
        long now = nanos.getAsLong();
        synchronized (this) {
            while (!audible.isEmpty() && audible.peekFirst()[1] + tailNanos < now) {
                audible.removeFirst();
            }
            for (long[] span : audible) {
                if (span[0] <= now) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public long queued() {
        return out.queued();
    }

    @Override
    public void drain() {
        out.drain();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    static double level(short[] samples, int offset, int length) {
        double sum = 0;
        for (int i = offset; i < offset + length; i++) {
            sum += (double) samples[i] * samples[i];
        }
        return 10 * Math.log10(Math.max(sum / Math.max(1, length), 1e-10) / (32768.0 * 32768.0));
    }
}
