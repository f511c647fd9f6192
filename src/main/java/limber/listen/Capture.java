package limber.listen;

import java.io.IOException;

/**
 * Where voice control's samples come from: 16 kHz mono, in chunks, paced by the source itself
 * (the {@link Microphone}; in a test, a recording).
 *
 * <p>Thread-safety: one thread calls {@link #read}; {@link #position} and {@link #close} may be
 * called from any thread, and {@link #close} ends a read that is waiting.
 */
interface Capture extends AutoCloseable {
    /**
     * Fills {@code pcm} with the next samples, waiting for them; returns how many (fewer only
     * when the source was closed or has ended, then possibly 0).
     */
    int read(short[] pcm) throws IOException;

    /** Samples recorded so far: those read, and those waiting to be read. */
    long position();

    /** Releases the source; a read waiting returns. A second call does nothing. */
    @Override
    void close();
}
