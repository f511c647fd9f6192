package limber.mix;

import java.io.IOException;

/**
 * The user's music under the session's voice: its samples, at the level the {@link Ducking}
 * gives each moment, added to the voice's. Reads follow the session's reader (an export from
 * start to end, a live player wherever it goes); where the reader jumps, the music comes in
 * over {@link #RESUME_MILLIS} instead of starting at full level.
 *
 * <pre>{@code
 * MusicMix mix = new MusicMix(music::read, ducking, 24_000);
 * mix.addTo(position, pcm, 0, n);   // pcm held the voice; now the voice and the music
 * }</pre>
 */
public final class MusicMix {
    /** Music as mono samples in [-1, 1] at the session's rate, from any position of the session. */
    @FunctionalInterface
    public interface Source {
        /** Fills {@code buf[off, off + len)} from {@code position}; returns how many it wrote. */
        int read(long position, float[] buf, int off, int len) throws IOException;
    }

    /** Where a reader jumps (a live player resuming, going back a step), the music comes in over this long. */
    static final int RESUME_MILLIS = 40;

    private final Source music;
    private final Ducking ducking;
    private final int resume;
    private long next; // where the last read ended: a read from anywhere else is a jump
    private long jumpedTo = -1;
    private float[] samples = new float[0];
    private double[] gains = new double[0];

    public MusicMix(Source music, Ducking ducking, int rate) {
        this.music = music;
        this.ducking = ducking;
        this.resume = rate * RESUME_MILLIS / 1000;
    }

    /** Music quieter than this is not raised further: past it, what is raised is its noise. */
    static final double MAX_GAIN_DB = 24.0;

    /**
     * The gain of music that measures {@code musicLufs} so that it sits {@code levelDb} from
     * {@link Leveller#TARGET}, raised by at most {@link #MAX_GAIN_DB}; silent music stays silent.
     */
    public static double levelGain(double musicLufs, double levelDb) {
        if (musicLufs == Loudness.SILENT) {
            return 0;
        }
        return Leveller.dbToLinear(Math.min(MAX_GAIN_DB, Leveller.TARGET + levelDb - musicLufs));
    }

    /** Adds the music of samples {@code [position, position + len)} to {@code pcm[off, off + len)}. */
    public void addTo(long position, short[] pcm, int off, int len) throws IOException {
        if (samples.length < len) {
            samples = new float[len];
            gains = new double[len];
        }
        int n = music.read(position, samples, 0, len);
        ducking.fill(position, gains, 0, n);
        if (position != next) {
            jumpedTo = position; // no step from silence into the music: a short fade in
        }
        next = position + n;
        for (int i = 0; jumpedTo >= 0 && i < n; i++) {
            long into = position + i - jumpedTo;
            if (into >= resume) {
                jumpedTo = -1;
                break;
            }
            gains[i] *= 0.5 - 0.5 * StrictMath.cos(StrictMath.PI * into / resume);
        }
        for (int i = 0; i < n; i++) {
            long v = Math.round(pcm[off + i] + samples[i] * gains[i] * 32768.0);
            pcm[off + i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
        }
    }
}
