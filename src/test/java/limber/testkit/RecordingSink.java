package limber.testkit;

import java.util.Arrays;
import java.util.function.LongConsumer;
import limber.audio.LiveSink;

/**
 * A {@link LiveSink} that keeps every sample written, for tests that measure what a player or a
 * gate sent to the speakers. It plays nothing and {@link #drain()} returns at once. What it "has
 * queued" is what the test says ({@link #queue}) plus, for a {@link #buffered()} sink, every
 * sample written since; {@link #flush()} drops it. After each write it tells {@code onWrite} how
 * many samples it holds, so a test can act at a sample count as a user would at a moment. Not
 * thread-safe: one writer, and the test reads after it.
 *
 * <pre>{@code
 * RecordingSink sink = RecordingSink.instant(n -> { if (n >= 16_000) inputs.add(PAUSE); });
 * new Player(sink, inputs, ...).play();   // one second in, the user pauses
 * short[] heard = sink.samples();
 * }</pre>
 */
public final class RecordingSink implements LiveSink {
    private final boolean buffered;
    private final LongConsumer onWrite;
    private short[] samples = new short[1 << 14];
    private int size;
    private long queued;

    private RecordingSink(boolean buffered, LongConsumer onWrite) {
        this.buffered = buffered;
        this.onWrite = onWrite;
    }

    /** A sink whose every sample is heard the moment it is written. */
    public static RecordingSink instant(LongConsumer onWrite) {
        return new RecordingSink(false, onWrite);
    }

    /** A sink whose samples wait to be heard until the test says otherwise or they are flushed. */
    public static RecordingSink buffered() {
        return new RecordingSink(true, n -> { });
    }

    @Override
    public void write(short[] s, int offset, int length) {
        if (size + length > samples.length) {
            samples = Arrays.copyOf(samples, Math.max(size + length, 2 * samples.length));
        }
        System.arraycopy(s, offset, samples, size, length);
        size += length;
        if (buffered) {
            queued += length;
        }
        onWrite.accept(size);
    }

    /** Everything written so far. */
    public short[] samples() {
        return Arrays.copyOf(samples, size);
    }

    /** Says that {@code n} samples are waiting to be heard now (a test's stand-in for a device's buffer). */
    public void queue(long n) {
        queued = n;
    }

    @Override
    public int sampleRate() {
        return 16_000;
    }

    @Override
    public long queued() {
        return queued;
    }

    @Override
    public long flush() {
        long q = queued;
        queued = 0;
        return q;
    }

    @Override
    public void drain() {
    }

    @Override
    public void close() {
    }
}
