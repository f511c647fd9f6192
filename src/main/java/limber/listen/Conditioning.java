package limber.listen;

/**
 * The signal as the decoders get it: each utterance brought to one loudness ({@link #leveled})
 * over a faint noise floor ({@link #withFloor}). The model's default cepstral mean fits speech at
 * about one level, and a fresh process never adapts it (pocketsphinx updates the mean only at
 * the end of an utterance).
 *
 * <p>Stateless: pure functions of the samples; the input is never changed.
 */
final class Conditioning {
    private Conditioning() {
    }

    /**
     * {@code pcm} leveled to {@code levelDb} and over a noise floor at {@code floorDb}, as
     * {@link PocketSphinx.Settings} asks (NaN: not that step).
     */
    static short[] conditioned(short[] pcm, int speechFrom, int speechTo, double levelDb, double floorDb) {
        short[] input = Double.isNaN(levelDb) ? pcm : leveled(pcm, speechFrom, speechTo, levelDb);
        return Double.isNaN(floorDb) ? input : withFloor(input, floorDb);
    }

    /**
     * {@code pcm} with white noise at {@code floorDb} dBFS added (the same noise every time): a
     * real microphone always hears some, the model was trained on recordings that have it, and
     * speech made by a synthesizer, with its digitally silent gaps, is otherwise misheard.
     */
    static short[] withFloor(short[] pcm, double floorDb) {
        java.util.Random noise = new java.util.Random(1);
        double sd = 32768 * Math.pow(10, floorDb / 20);
        short[] out = new short[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            out[i] = clamped(pcm[i] + noise.nextGaussian() * sd);
        }
        return out;
    }

    /**
     * {@code pcm} scaled so that its speech has an active level of {@code levelDb} dBFS (the
     * mean power of the louder half of its 10 ms frames). The model's default cepstral mean
     * fits speech at about that level; speech far louder or quieter is misheard.
     */
    static short[] leveled(short[] pcm, int speechFrom, int speechTo, double levelDb) {
        int frame = Segmenter.FRAME;
        int frames = Math.max(1, (speechTo - speechFrom) / frame);
        double[] power = new double[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = speechFrom + f * frame; i < Math.min(pcm.length, speechFrom + (f + 1) * frame); i++) {
                sum += (double) pcm[i] * pcm[i];
            }
            power[f] = sum / frame;
        }
        java.util.Arrays.sort(power);
        double sum = 0;
        for (int f = frames / 2; f < frames; f++) {
            sum += power[f];
        }
        double active = 10 * Math.log10(Math.max(sum / (frames - frames / 2), 1e-9) / (32768.0 * 32768.0));
        double gain = Math.pow(10, (levelDb - active) / 20);
        short[] out = new short[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            out[i] = clamped(pcm[i] * gain);
        }
        return out;
    }

    /** {@code v} rounded to the nearest sample value, clipped to 16 bits. */
    private static short clamped(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }
}
