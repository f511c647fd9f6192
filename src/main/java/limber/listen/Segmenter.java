package limber.listen;

import java.util.function.Consumer;

/**
 * Cuts a stream of 16 kHz samples into utterances by energy, so the recognizer only ever sees
 * one short burst of speech with a little silence on each side. Pure: it counts samples and
 * reads no clock, so a WAV file and the live microphone are cut the same way.
 *
 * <pre>{@code
 * Segmenter s = new Segmenter(Segmenter.Settings.DEFAULT, utterance -> recognize(utterance));
 * s.accept(samples, 0, samples.length);   // any chunk size; utterances come out as they end
 * }</pre>
 *
 * <p>Every 10 ms frame's energy (dBFS) is compared with a running noise floor. Speech starts
 * after {@code onsetFrames} loud frames in a row (10 dB over the floor), and ends once
 * {@code hangover} (0.4 s) of quiet has followed the last loud frame: the pause inside "forty
 * five" does not end it. A burst of speech shorter than {@code minSpeech} (0.1 s: a click) or
 * longer than {@code maxSpeech} (1.5 s: a sentence, never a command) is dropped without being
 * recognized; a long one is dropped as soon as it is too long, and nothing more is taken from
 * it. Each utterance keeps 0.25 s before its speech and 0.4 s after it.
 *
 * <p>Not thread-safe: one thread feeds it; the consumer runs on that thread.
 */
final class Segmenter {
    static final int RATE = 16_000;
    static final int FRAME = RATE / 100;

    /** How speech is told from silence, and which bursts of it are worth recognizing. */
    record Settings(double aboveFloorDb, double stayAboveFloorDb, double minLevelDb, int onsetFrames,
                    int preRoll, int hangover, int postRoll, int minSpeech, int maxSpeech, double floorRiseDbPerSecond) {
        /** Lengths in samples at 16 kHz. */
        static final Settings DEFAULT = new Settings(10, 6, -55, 3,
                RATE / 4, RATE * 4 / 10, RATE * 4 / 10, RATE / 10, RATE * 3 / 2, 3);

        Settings {
            if (onsetFrames < 1 || preRoll < 0 || hangover < FRAME || postRoll < 0 || postRoll > hangover
                    || minSpeech < 0 || maxSpeech <= minSpeech) {
                throw new IllegalArgumentException("inconsistent segmenter settings: " + this);
            }
        }
    }

    /**
     * One burst of speech: {@code pcm} starts at sample {@code from} of the stream; speech runs
     * from {@code speechStart} to {@code speechEnd} (stream positions, end exclusive), after
     * {@code quietBefore} samples without speech; the segmenter knew it had ended at
     * {@code decided} (speechEnd + hangover).
     */
    record Utterance(short[] pcm, long from, long speechStart, long speechEnd, long quietBefore, long decided) {
        double seconds() {
            return (speechEnd - speechStart) / (double) RATE;
        }

        /** Where speech starts and ends in {@link #pcm}. */
        int pcmSpeechStart() {
            return (int) (speechStart - from);
        }

        int pcmSpeechEnd() {
            return (int) (speechEnd - from);
        }

        @Override
        public String toString() {
            return String.format("Utterance[%.2f-%.2f s]", speechStart / (double) RATE, speechEnd / (double) RATE);
        }
    }

    private final Settings settings;
    private final Consumer<Utterance> out;
    /** The last preRoll + maxSpeech + hangover samples, a ring. */
    private final short[] ring;
    private final short[] frame = new short[FRAME];
    private int inFrame;
    private long position; // samples taken so far

    private double floor = Double.NaN;
    /** Power of the last frames, for the floor (100 ms) and for staying in speech (30 ms). */
    private final double[] recent = new double[10];
    private int frames;
    private int loudRun;
    private boolean inSpeech;
    private boolean tooLong;
    private long speechStart;
    private long lastLoudEnd;
    private long previousSpeechEnd;

    Segmenter(Settings settings, Consumer<Utterance> out) {
        this.settings = settings;
        this.out = out;
        this.ring = new short[settings.preRoll() + settings.maxSpeech() + settings.hangover() + FRAME];
    }

    /** Takes samples in order; calls the consumer for each utterance that ends in them. */
    void accept(short[] samples, int offset, int length) {
        for (int i = 0; i < length; i++) {
            short s = samples[offset + i];
            ring[(int) (position % ring.length)] = s;
            position++;
            frame[inFrame++] = s;
            if (inFrame == FRAME) {
                inFrame = 0;
                frame(level(frame));
            }
        }
    }

    /** Ends the stream: an utterance still open is finished as if silence followed. */
    void finish() {
        if (inSpeech && !tooLong) {
            emit();
        }
        inSpeech = false;
    }

    /** The noise floor in dBFS (NaN before the first frame); for tests and tuning. */
    double floor() {
        return floor;
    }

    private void frame(double db) {
        long frameEnd = position;
        long frameStart = frameEnd - FRAME;
        recent[frames++ % recent.length] = Math.pow(10, db / 10);
        track(mean(recent.length));
        double smooth = mean(3);
        if (!inSpeech) {
            boolean loud = db > floor + settings.aboveFloorDb() && db > settings.minLevelDb();
            loudRun = loud ? loudRun + 1 : 0;
            if (loudRun >= settings.onsetFrames()) {
                inSpeech = true;
                tooLong = false;
                speechStart = frameEnd - (long) loudRun * FRAME;
                lastLoudEnd = frameEnd;
                loudRun = 0;
            }
            return;
        }
        // loud itself and over the last 30 ms: a lone noisy frame does not stretch the speech
        double stay = Math.max(floor + settings.stayAboveFloorDb(), settings.minLevelDb());
        if (db > stay && smooth > stay) {
            lastLoudEnd = frameEnd;
        }
        if (!tooLong && lastLoudEnd - speechStart > settings.maxSpeech()) {
            tooLong = true; // a sentence, not a command: let it run out unheard
        }
        if (frameStart >= lastLoudEnd + settings.hangover() - FRAME) {
            if (!tooLong) {
                emit();
            }
            inSpeech = false;
            previousSpeechEnd = lastLoudEnd;
        }
    }

    private void emit() {
        long speechEnd = lastLoudEnd;
        if (speechEnd - speechStart < settings.minSpeech()) {
            return;
        }
        long from = Math.max(0, Math.max(position - ring.length, speechStart - settings.preRoll()));
        long to = Math.min(position, speechEnd + settings.postRoll());
        short[] pcm = new short[(int) (to - from)];
        for (long p = from; p < to; p++) {
            pcm[(int) (p - from)] = ring[(int) (p % ring.length)];
        }
        out.accept(new Utterance(pcm, from, speechStart, speechEnd, speechStart - previousSpeechEnd, position));
    }

    /** Mean power of the last {@code n} frames (fewer at the start), in dBFS. */
    private double mean(int n) {
        int have = Math.min(n, Math.min(frames, recent.length));
        double sum = 0;
        for (int i = 1; i <= have; i++) {
            sum += recent[(frames - i) % recent.length];
        }
        return 10 * Math.log10(Math.max(sum / have, 1e-10));
    }

    /**
     * The floor follows the 100 ms level down at once and rises slowly (3 dB/s), so speech
     * barely lifts it; while a burst runs on too long to be a command it rises six times as
     * fast, so a fan switched on is learned within seconds. Averaging over 100 ms keeps it near
     * the middle of a noise's level, not at the quietest instant of it.
     */
    private void track(double db) {
        // a burst too long to be a command may be a noise that has just begun: learn it fast
        double rise = settings.floorRiseDbPerSecond() * (tooLong ? 6 : 1);
        if (Double.isNaN(floor) || db < floor) {
            floor = db;
        } else {
            floor = Math.min(db, floor + rise * FRAME / RATE);
        }
    }

    static double level(short[] frame) {
        double sum = 0;
        for (short s : frame) {
            sum += (double) s * s;
        }
        double ms = sum / frame.length / (32768.0 * 32768.0);
        return 10 * Math.log10(Math.max(ms, 1e-10));
    }

    @Override
    public String toString() {
        return "Segmenter[" + settings + "]";
    }
}
