package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import limber.testkit.Pcm;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private static final int RATE = Segmenter.RATE;

    /** A 300 Hz tone at about -20 dBFS. */
    private static short[] tone(double seconds) {
        short[] s = new short[(int) (seconds * RATE)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(3300 * Math.sin(2 * Math.PI * 300 * i / RATE));
        }
        return s;
    }

    private static short[] quiet(double seconds) {
        return Pcm.hiss(seconds, 7);
    }

    private static List<Segmenter.Utterance> cut(short[]... parts) {
        List<Segmenter.Utterance> out = new ArrayList<>();
        Segmenter s = new Segmenter(Segmenter.Settings.DEFAULT, out::add);
        for (short[] p : parts) {
            s.accept(p, 0, p.length);
        }
        s.finish();
        return out;
    }

    @Test
    void wordBetweenSilencesIsOneUtteranceWithItsBoundsToTheFrame() {
        List<Segmenter.Utterance> u = cut(quiet(1), tone(0.5), quiet(1));
        assertEquals(1, u.size());
        assertEquals(RATE, u.get(0).speechStart(), Segmenter.FRAME);
        assertEquals(RATE * 3 / 2, u.get(0).speechEnd(), Segmenter.FRAME);
        assertEquals(RATE, u.get(0).quietBefore(), Segmenter.FRAME);
    }

    @Test
    void utteranceKeepsPreRollAndPostRollAroundTheSpeech() {
        Segmenter.Utterance u = cut(quiet(1), tone(0.5), quiet(1)).get(0);
        Segmenter.Settings s = Segmenter.Settings.DEFAULT;
        assertEquals(s.preRoll(), u.pcmSpeechStart(), Segmenter.FRAME);
        assertEquals(u.pcmSpeechEnd() + s.postRoll(), u.pcm().length, Segmenter.FRAME);
    }

    @Test
    void utteranceIsKnownOneHangoverAfterTheSpeechEnds() {
        Segmenter.Utterance u = cut(quiet(1), tone(0.5), quiet(1)).get(0);
        assertEquals(u.speechEnd() + Segmenter.Settings.DEFAULT.hangover(), u.decided(), 2 * Segmenter.FRAME);
    }

    @Test
    void pauseShorterThanTheHangoverKeepsTwoWordsTogether() {
        List<Segmenter.Utterance> u = cut(quiet(1), tone(0.3), quiet(0.25), tone(0.3), quiet(1));
        assertEquals(1, u.size());
        assertEquals(0.85, u.get(0).seconds(), 0.03);
    }

    @Test
    void clickShorterThanMinimumIsDropped() {
        assertEquals(List.of(), cut(quiet(1), tone(0.05), quiet(1)));
    }

    @Test
    void speechLongerThanMaximumIsDroppedWhole() {
        double tooLong = Segmenter.Settings.DEFAULT.maxSpeech() / (double) RATE + 0.5;
        assertEquals(List.of(), cut(quiet(1), tone(tooLong), quiet(1)));
    }

    @Test
    void wordAfterAnOverlongSentenceIsHeardAgain() {
        List<Segmenter.Utterance> u = cut(quiet(1), tone(4), quiet(1), tone(0.4), quiet(1));
        assertEquals(1, u.size());
        assertEquals(6 * RATE, u.get(0).speechStart(), Segmenter.FRAME);
        assertEquals(RATE, u.get(0).quietBefore(), 2 * Segmenter.FRAME);
    }

    @Test
    void steadyNoiseIsNotSpeech() {
        Random r = new Random(3);
        short[] fan = new short[10 * RATE];
        double smooth = 0;
        for (int i = 0; i < fan.length; i++) {
            smooth = 0.9 * smooth + 0.1 * r.nextGaussian() * 4000;
            fan[i] = (short) Math.round(smooth);
        }
        assertEquals(List.of(), cut(fan));
    }

    @Test
    void wordOverSteadyNoiseIsFound() {
        Random r = new Random(4);
        short[] noisy = Pcm.concat(List.of(new short[3 * RATE], tone(0.5), new short[RATE]));
        short[] word = tone(0.5);
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, noisy[i] + Math.round(r.nextGaussian() * 330)));
        }
        List<Segmenter.Utterance> u = cut(noisy);
        assertEquals(1, u.size(), u.toString());
        assertEquals(word.length / (double) RATE, u.get(0).seconds(), 0.05);
    }

    @Test
    void chunkSizeDoesNotMatter() {
        short[] stream = Pcm.concat(List.of(quiet(1), tone(0.5), quiet(0.7), tone(0.3), quiet(1)));
        List<Segmenter.Utterance> whole = cut(stream);
        List<Segmenter.Utterance> bits = new ArrayList<>();
        Segmenter s = new Segmenter(Segmenter.Settings.DEFAULT, bits::add);
        for (int at = 0; at < stream.length; at += 77) {
            s.accept(stream, at, Math.min(77, stream.length - at));
        }
        s.finish();
        assertEquals(whole.size(), bits.size());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i).speechStart(), bits.get(i).speechStart());
            assertEquals(whole.get(i).speechEnd(), bits.get(i).speechEnd());
            assertTrue(java.util.Arrays.equals(whole.get(i).pcm(), bits.get(i).pcm()));
        }
    }

    @Test
    void noiseThatStartsIsLearnedWithinSecondsAndWordsOverItAreHeard() {
        Random r = new Random(5);
        short[] noise = new short[8 * RATE];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (short) Math.round(r.nextGaussian() * 330);
        }
        short[] stream = Pcm.concat(List.of(quiet(1), noise));
        short[] word = tone(0.4);
        for (int i = 0; i < word.length; i++) {
            int at = 7 * RATE + i;
            stream[at] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, stream[at] + word[i]));
        }
        List<Segmenter.Utterance> u = cut(stream);
        assertEquals(1, u.size(), u.toString());
        assertEquals(7 * RATE, u.get(0).speechStart(), 2 * Segmenter.FRAME);
    }
}
