package limber.speech;

import java.util.Objects;

/**
 * A narrator that decorates another: the identity ({@link #engine}, {@link #voice} ...) and
 * {@link #close} are the inner narrator's; a subclass says how {@link #say} differs.
 */
abstract class ForwardingNarrator implements Narrator {
    final Narrator inner;

    ForwardingNarrator(Narrator inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
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

    /** Closes the inner narrator. */
    @Override
    public void close() {
        inner.close();
    }
}
