package limber.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import limber.audio.TimelineAudio;
import limber.mix.LoudnessMeter;
import limber.mix.Music;
import limber.mix.MusicException;

/**
 * The user's music file, put under each session it is given: decoded for that session's length
 * and rate ({@link Music}), its loudness measured in the same pass, and played
 * {@code levelDb} from the voice's level in holds, ducked under the voice
 * ({@link TimelineAudio#withMusic}). A live player that rebuilds its session (the holds changed)
 * puts the music under the new one too. Closing it closes every decoder it opened.
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
    private final List<Music> opened = new ArrayList<>();

    public MusicBed(Path file, double levelDb) {
        this.file = file;
        this.levelDb = levelDb;
    }

    /** {@code session} with the music under it (the same object, before it is read). */
    public synchronized TimelineAudio under(TimelineAudio session) throws MusicException {
        LoudnessMeter meter = new LoudnessMeter(session.timeline().rate());
        Music music = Music.open(file, session.timeline().rate(), session.length(), meter::accept);
        opened.add(music);
        return session.withMusic(music::read, meter.integrated(), levelDb);
    }

    @Override
    public synchronized void close() {
        opened.forEach(Music::close);
        opened.clear();
    }
}
