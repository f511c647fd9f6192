package limber.speech;

import java.io.IOException;
import limber.audio.Clip;

/**
 * Speaks one line of text into a {@link Clip} (16 kHz, 16-bit, mono), in memory.
 *
 * <p>A narrator is used by one thread at a time; callers that synthesize in parallel make one
 * narrator per worker. {@link #engine()}, {@link #voice()} and {@link #rate()} identify the
 * sound of the output: two narrators with equal identities produce the same samples for the
 * same text, which is what lets the cache key on them.
 */
public interface Narrator extends AutoCloseable {

    /** Synthesizes {@code text}; never returns null. Throws IOException when the engine fails. */
    Clip say(String text) throws IOException;

    /** Engine name, e.g. {@code "freetts"}. */
    String engine();

    /** Voice name, e.g. {@code "kevin16"}. */
    String voice();

    /** Speaking rate in words per minute. */
    int rate();

    /** Releases the engine. Idempotent. */
    @Override
    void close();
}
