package limber.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The audio formats an export writes, chosen by the file's extension. */
public enum Format {
    /** 16 kHz 16-bit mono PCM in RIFF/WAVE. */
    WAV(".wav"),
    /** MPEG-2 Layer III, 48 kbit/s mono, with an ID3v2 tag (title, album, chapters) and the LAME tag. */
    MP3(".mp3");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** ".wav", ".mp3". */
    public String extension() {
        return extension;
    }

    /** The format {@code file}'s extension names, case-insensitively. */
    public static Format of(Path file) throws ExportException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (name.endsWith(f.extension)) {
                return f;
            }
        }
        throw new ExportException(file + ": unsupported audio format (supported: " + supported() + ")", true, null);
    }

    /** ".wav, .mp3". */
    static String supported() {
        return Arrays.stream(values()).map(Format::extension).collect(Collectors.joining(", "));
    }
}
