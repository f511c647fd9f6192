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
        super(oneLine(file + ": " + problem) + " " + FORMATS);
    }

    /** Line breaks and other controls (in a file's name, say) written as escapes: the message stays one line. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
