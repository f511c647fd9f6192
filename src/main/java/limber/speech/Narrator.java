package limber.speech;

import java.io.IOException;
import limber.audio.Clip;
import limber.audio.ClipBuffer;

/**
 * Speaks one line of text into a {@link Clip} (16-bit mono at {@link #sampleRate()}), in memory.
 *
 * <p>A narrator is used by one thread at a time; callers that synthesize in parallel make one
 * narrator per worker. {@link #engine()}, {@link #engineVersion()}, {@link #voice()},
 * {@link #rate()} and {@link #sampleRate()} identify the sound of the output: two narrators with
 * equal identities produce the same samples for the same text, which is what lets the cache key
 * on them. The identity methods load nothing and start nothing: a run served from the cache
 * never touches the engine.
 */
public interface Narrator extends AutoCloseable {
    /**
     * The slowest and fastest speaking rate, words per minute, for every engine: what
     * {@code --rate} accepts (FreeTTS itself would take 20..999; the engines' own ranges are wider
     * than anyone lying on a mat can follow).
     */
    int MIN_RATE = 60;
    int MAX_RATE = 400;


    /** Synthesizes {@code text}; never returns null. Throws IOException when the engine fails. */
    Clip say(String text) throws IOException;

    /**
     * As {@link #say}, into {@code into} instead of a new clip: the same samples. A narrator that
     * can read a line without making a clip of it (a cache) does so; by default it is
     * {@code into.set(say(text))}.
     */
    default void sayInto(String text, ClipBuffer into) throws IOException {
        into.set(say(text));
    }

    /** Engine name, e.g. {@code "freetts"}. */
    String engine();

    /**
     * What tells one build of the engine from another (its version, and a fingerprint of its
     * program and data files for an installed engine): an upgraded engine's clips never mix
     * with the old one's in the cache.
     */
    String engineVersion();

    /** Samples a second of every clip: the voice's own rate (16,000, 22,050, 24,000 ...). */
    int sampleRate();

    /** Voice name, e.g. {@code "kevin16"}. */
    String voice();

    /** Speaking rate in words per minute. */
    int rate();

    /** Releases the engine. Idempotent. */
    @Override
    void close();
}
