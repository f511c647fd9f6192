package limber.speech;

import java.io.IOException;
import limber.audio.Clip;
import limber.mix.Leveller;

/**
 * A narrator whose every line comes out at the session's level ({@link Leveller}: -16 LUFS,
 * true peak under -1.5 dBTP, soft edges), whatever the voice's own level. Inside the cache, so
 * that a line is levelled once, when it is synthesized: its {@link #engineVersion} names the
 * levelling too, and a change to it ({@link #LEVELLING}) makes the cache's old entries misses.
 * The same clip always levels to the same samples. Like any narrator, one thread at a time.
 */
public final class LevelledNarrator extends ForwardingNarrator {
    /** What the cache keys on besides the voice: the level, and a version of the levelling. */
    static final String LEVELLING = "levelled " + Leveller.TARGET + " LUFS, v1";

    private final Leveller leveller;
    private String version;

    public LevelledNarrator(Narrator inner) {
        super(inner);
        this.leveller = new Leveller(inner.sampleRate());
    }

    @Override
    public String engineVersion() {
        if (version == null) { // once: the cache asks for it at every line
            version = inner.engineVersion() + "; " + LEVELLING;
        }
        return version;
    }

    @Override
    public Clip say(String text) throws IOException {
        Clip raw = inner.say(text);
        return Clip.of(leveller.level(raw.toArray()));
    }
}
