package limber.speech;

import java.io.IOException;
import limber.audio.Clip;
import limber.words.SpeechText;

/**
 * A narrator that reads the author's text the way a person would ({@link SpeechText}: "30s" as
 * "30 seconds", "2x" as "twice", "L/R" as "left and right") and hands that to {@code inner}.
 * Outside a cache, so the cache keys on what was said; the timeline, the captions and the
 * transcript keep the author's text. Like any narrator, one thread at a time.
 */
public final class SpeakingNarrator extends ForwardingNarrator {
    private final String language;

    /** For a routine in English. */
    public SpeakingNarrator(Narrator inner) {
        this(inner, "en");
    }

    /** For a routine in {@code language} (a BCP 47 tag): the shorthand is read in that language. */
    public SpeakingNarrator(Narrator inner, String language) {
        super(inner);
        this.language = language;
    }

    @Override
    public Clip say(String text) throws IOException {
        return inner.say(SpeechText.spoken(text, language));
    }
}
