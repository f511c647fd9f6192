package limber.testkit;

import java.nio.file.Path;
import limber.speech.CachingNarrator;
import limber.speech.FreeTtsNarrator;
import limber.speech.LevelledNarrator;
import limber.speech.Narrator;

/**
 * The narrators a test needs to know what the CLI's will say: the voice levelled inside the
 * cache, as {@code cli.Choices} composes it, so that a test's clips are the export's.
 */
public final class Narrators {
    private Narrators() {
    }

    /** {@code voice}, levelled, through the cache in {@code cache}. */
    public static CachingNarrator cached(Narrator voice, Path cache) {
        return new CachingNarrator(new LevelledNarrator(voice), cache);
    }

    /** The embedded default voice (kevin16 at 150 words a minute), levelled, through the cache. */
    public static CachingNarrator kevin16(Path cache) {
        return cached(FreeTtsNarrator.open(FreeTtsNarrator.DEFAULT_VOICE, FreeTtsNarrator.DEFAULT_RATE), cache);
    }
}
