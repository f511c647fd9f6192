package limber.audio;

import java.io.IOException;
import java.io.PrintStream;

/**
 * Notes the first write to a live sink, the first PCM frame handed to the audio line, as one
 * line on {@code err}: {@code limber: trace: first audio at EPOCH_MILLIS}. Everything else passes
 * through unchanged.
 */
public final class FirstAudioTrace implements LiveSink {
    private final LiveSink inner;
    private final PrintStream err;
    /** Epoch milliseconds: the caller knows when it started the process. */
    private final java.util.function.LongSupplier epochMillis;
    private boolean seen;

    /** Traces the first write to {@code inner}, at the system's wall-clock time. */
    public FirstAudioTrace(LiveSink inner, PrintStream err) {
        this(inner, err, System::currentTimeMillis);
    }

    FirstAudioTrace(LiveSink inner, PrintStream err, java.util.function.LongSupplier epochMillis) {
        this.inner = inner;
        this.err = err;
        this.epochMillis = epochMillis;
    }

    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        if (!seen) {
            seen = true;
            err.println("limber: trace: first audio at " + epochMillis.getAsLong());
        }
        inner.write(samples, offset, length);
    }

    @Override
    public int sampleRate() {
        return inner.sampleRate();
    }

    @Override
    public long queued() {
        return inner.queued();
    }

    @Override
    public long flush() {
        return inner.flush();
    }

    @Override
    public void drain() {
        inner.drain();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
