package limber.speech;

import java.io.IOException;
import java.util.Objects;
import limber.audio.Clip;
import limber.words.SpeechText;

/**
 * A narrator that reads the author's text the way a person would ({@link SpeechText}: "30s" as
 * "30 seconds", "2x" as "twice", "L/R" as "left and right") and hands that to {@code inner}.
 * Outside a cache, so the cache keys on what was said; the timeline, the captions and the
 * transcript keep the author's text. Like any narrator, one thread at a time.
 */
public final class SpeakingNarrator implements Narrator {
    private final Narrator inner;

    public SpeakingNarrator(Narrator inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    @Override
    public Clip say(String text) throws IOException {
        return inner.say(SpeechText.spoken(text));
    }

    @Override
    public String engine() {
        return inner.engine();
    }

    @Override
    public String engineVersion() {
        return inner.engineVersion();
    }

    @Override
    public int sampleRate() {
        return inner.sampleRate();
    }

    @Override
    public String voice() {
        return inner.voice();
    }

    @Override
    public int rate() {
        return inner.rate();
    }

    @Override
    public void close() {
        inner.close();
    }
}
