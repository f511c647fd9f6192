package limber.mix;

/**
 * One pass over a music file, from its first sample: the samples mixed to mono, in [-1, 1], at
 * the file's own rate. One per format; {@link Music} opens a new one to start the file again.
 * Not thread-safe. A decoder throws only {@link MusicException} (each wraps what its library
 * throws, runtime exceptions included) and never prints.
 */
interface Decoder extends AutoCloseable {
    /** The file's sample rate, Hz. */
    int rate();

    /**
     * Up to {@code len} mono samples into {@code buf[off...]}: how many (at least 1), or -1 at
     * the end. {@code len} is at least 1: {@link Music} never asks a decoder for none.
     */
    int read(float[] buf, int off, int len) throws MusicException;

    @Override
    void close();
}
