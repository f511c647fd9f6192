package limber.speech;

import java.util.ArrayList;
import java.util.List;
import limber.audio.Clip;

/** A fake narrator for cache tests: a clip that differs for every key, and a log of calls. */
final class CountingNarrator implements Narrator {
    private final String engine;
    private final String voice;
    private final int rate;
    private final String version;
    final List<String> said = new ArrayList<>();

    CountingNarrator(String engine, String voice, int rate) {
        this(engine, "1", voice, rate);
    }

    CountingNarrator(String engine, String version, String voice, int rate) {
        this.engine = engine;
        this.version = version;
        this.voice = voice;
        this.rate = rate;
    }

    CountingNarrator() {
        this("fake", "alto", 150);
    }

    @Override
    public Clip say(String text) {
        said.add(text);
        return clipFor(engine, voice, rate, text);
    }

    static Clip clipFor(String engine, String voice, int rate, String text) {
        int seed = (engine + "\0" + voice + "\0" + rate + "\0" + text).hashCode();
        short[] samples = new short[1000 + text.length()];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (seed * 31 + i * 7919);
        }
        return Clip.of(samples);
    }

    @Override

    public int sampleRate() {

        return 16_000;

    }


    @Override

    public String engineVersion() {

        return version;

    }


    @Override
    public String engine() {
        return engine;
    }

    @Override
    public String voice() {
        return voice;
    }

    @Override
    public int rate() {
        return rate;
    }

    @Override
    public void close() {}
}
