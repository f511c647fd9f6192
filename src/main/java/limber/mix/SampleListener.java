package limber.mix;

/**
 * Sees every sample of a music file once, while {@link Music#open(java.nio.file.Path, int, long,
 * SampleListener)} makes its one pass over the file: the file's own samples, mono, at the
 * session's rate, in order, before any looping or fading (for example to measure the music's
 * loudness without decoding it a second time).
 *
 * <p>Called on the thread that calls {@code open}, one block after another; {@code block} is
 * valid only during the call (it is reused), and must not be changed. When the file turns out to
 * be corrupt, {@code open} throws after some blocks were already seen.
 */
@FunctionalInterface
public interface SampleListener {
    void samples(float[] block, int off, int len);
}
