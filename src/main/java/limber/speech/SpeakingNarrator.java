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
    public SpeakingNarrator(Narrator inner) {
        super(inner);
    }

    @Override
    public Clip say(String text) throws IOException {
        return inner.say(SpeechText.spoken(text));
    }
}
