package limber.mix;

/**
 * A music file Limber cannot use: missing, unreadable, of a format it does not read, corrupt,
 * truncated or without samples. The message is the one line the user sees, naming the file
 * and the formats Limber reads, for example
 * {@code song.flac: corrupt FLAC data at 12345 bytes (music can be WAV, FLAC, MP3 or Ogg Vorbis)}.
 */
public final class MusicException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What every message ends with. */
    static final String FORMATS = "(music can be WAV, FLAC, MP3 or Ogg Vorbis)";

    MusicException(String file, String problem) {
        super(file + ": " + problem + " " + FORMATS);
    }
}
