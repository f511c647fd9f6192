package limber.listen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import limber.player.Input;
import limber.testkit.Pcm;

/**
 * A stream of spoken commands with quiet between them, and where each lies: what a test plays
 * into the microphone and then checks the voice control's answers against.
 */
final class Spoken {
    /**
     * One command: what it must mean, where its clip starts and where its last word ends
     * (samples into the stream), and the clip itself.
     */
    record Item(String label, Input expected, long start, long wordEnd, short[] clip) {
    }

    private final List<short[]> parts = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private final List<Noise> noisy = new ArrayList<>();
    private long length;

    Spoken quiet(double seconds) {
        return add(Pcm.hiss(seconds, length));
    }

    /** Speech that is not a command (talk, narration). */
    Spoken other(short[] pcm) {
        return add(pcm);
    }

    Spoken say(Corpus.Voice voice, String phrase, Input expected) throws IOException {
        short[] pcm = Corpus.phrase(voice, phrase);
        int last = Pcm.lastLoud(pcm, 300);
        items.add(new Item(voice + " \"" + phrase + "\"", expected, length, length + last + 1, pcm));
        return add(pcm);
    }

    /** From here on, {@code noise} (looped) is added at {@code levelDb} dBFS, until {@link #noiseOff}. */
    Spoken noiseOn(short[] noise, double levelDb) {
        noiseOff();
        double gain = Math.pow(10, (levelDb - Pcm.rmsDb(noise)) / 20);
        noisy.add(new Noise(noise, gain, length, -1));
        return this;
    }

    Spoken noiseOff() {
        if (!noisy.isEmpty() && noisy.get(noisy.size() - 1).to() < 0) {
            Noise n = noisy.remove(noisy.size() - 1);
            noisy.add(new Noise(n.pcm(), n.gain(), n.from(), length));
        }
        return this;
    }

    private record Noise(short[] pcm, double gain, long from, long to) {
    }

    private Spoken add(short[] pcm) {
        parts.add(pcm);
        length += pcm.length;
        return this;
    }

    List<Item> items() {
        return List.copyOf(items);
    }

    /** The whole stream, noise mixed in where asked. */
    short[] pcm() {
        noiseOff();
        short[] all = Pcm.concat(parts);
        for (Noise n : noisy) {
            for (long i = n.from(); i < n.to(); i++) {
                double v = all[(int) i] + n.gain() * n.pcm()[(int) ((i - n.from()) % n.pcm().length)];
                all[(int) i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
            }
        }
        return all;
    }
}
