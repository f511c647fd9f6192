package limber.speech;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import limber.audio.Clip;
import limber.audio.ClipBuffer;
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

    // what each text is read as, worked out once: a long session asks for the same lines again
    // and again, and rewriting one costs a dozen regular-expression matchers
    private final Map<String, String> spoken = new HashMap<>();

    @Override
    public Clip say(String text) throws IOException {
        return inner.say(spoken(text));
    }

    @Override
    public void sayInto(String text, ClipBuffer into) throws IOException {
        inner.sayInto(spoken(text), into);
    }

    private String spoken(String text) {
        if (spoken.size() >= MAX_REMEMBERED) {
            spoken.clear();
        }
        return spoken.computeIfAbsent(text, t -> SpeechText.spoken(t, language));
    }

    /** Texts whose reading is remembered: more than a routine's distinct lines (10,000 steps at most). */
    private static final int MAX_REMEMBERED = 16_384;
}
