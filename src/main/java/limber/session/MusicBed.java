package limber.session;

import java.nio.file.Path;
import limber.audio.TimelineAudio;
import limber.mix.LoudnessMeter;
import limber.mix.Music;
import limber.mix.MusicException;

/**
 * The user's music file, put under each session it is given: decoded once at the session's
 * rate ({@link Music#decode}), its loudness measured in the same pass, and played
 * {@code levelDb} from the voice's level in holds, ducked under the voice
 * ({@link TimelineAudio#withMusic}), with fades and seams for each session's length. A live
 * player that rebuilds its session (the holds changed) puts the music under the new one at no
 * cost. Closing it frees the decoded samples.
 *
 * <pre>{@code
 * try (MusicBed bed = new MusicBed(Path.of("rain.ogg"), MusicBed.DEFAULT_LEVEL_DB)) {
 *     TimelineAudio session = bed.under(Session.prepare(routine, options, narrator));
 *     ...
 * }
 * }</pre>
 */
public final class MusicBed implements AutoCloseable {
    /** The music's level in holds and rests, in dB from the voice's: soft, but there. */
    public static final int DEFAULT_LEVEL_DB = -14;
    /** The quietest and the loudest level a user can ask for. */
    public static final int MIN_LEVEL_DB = -40;
    public static final int MAX_LEVEL_DB = 0;

    private final Path file;
    private final double levelDb;
    private Music.Decoded decoded;
    private double loudness;

    public MusicBed(Path file, double levelDb) {
        this.file = file;
        this.levelDb = levelDb;
    }

    /**
     * Decodes the file at {@code rate} and measures its loudness, once: call it before anything
     * is written or played, so that a file Limber cannot use stops the command first.
     */
    public synchronized void decode(int rate) throws MusicException {
        if (decoded != null && decoded.rate() == rate) {
            return;
        }
        close();
        LoudnessMeter meter = new LoudnessMeter(rate);
        decoded = Music.decode(file, rate, meter::accept);
        loudness = meter.integrated();
    }

    /** {@code session} with the music under it (the same object, before it is read). */
    public synchronized TimelineAudio under(TimelineAudio session) throws MusicException {
        decode(session.timeline().rate());
        Music music = decoded.forSession(session.length());
        return session.withMusic(music::read, loudness, levelDb);
    }

    /** Frees the decoded music (every session's music reads from it: close after the last). */
    @Override
    public synchronized void close() {
        if (decoded != null) {
            decoded.close();
            decoded = null;
        }
    }
}
