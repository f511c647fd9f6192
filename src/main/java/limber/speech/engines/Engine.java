package limber.speech.engines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import limber.speech.Voice;

/**
 * A speech engine installed on the system, run as a child process: what its program is called,
 * which voices it has, and the command that makes it read a text file into a WAV file. The text
 * reaches it only through that file, never through a shell or its arguments.
 *
 * <p>Implementations are stateless and thread-safe.
 */
interface Engine {
    /**
     * Who the engine is: its part of a voice id ({@code "rhvoice"}), the program looked up on
     * PATH ({@code "RHVoice-test"}), the name users know it by ({@code "RHVoice"}), how a user
     * installs it (Debian, one line), and how its shared libraries' file names start
     * ({@code "librhvoice"}).
     */
    record About(String name, String program, String title, String install, String libraryPrefix) {
    }

    /** Who the engine is. */
    About about();

    /** The engine's part of a voice id, e.g. {@code "rhvoice"}. */
    default String name() {
        return about().name();
    }

    /** The program looked up on PATH, e.g. {@code "RHVoice-test"}. */
    default String program() {
        return about().program();
    }

    /** The name users know it by, e.g. {@code "RHVoice"}. */
    default String title() {
        return about().title();
    }

    /** How a user installs it (Debian), one line. */
    default String install() {
        return about().install();
    }

    /** The words per minute the engine speaks at by default: what {@code --rate} scales from. */
    default int defaultRate() {
        return 175;
    }

    /** The installed voices; {@code program} is the engine's program, found on {@code path} (a PATH). */
    List<Voice> voices(Path program, String path) throws IOException;

    /** The command that reads {@code text} (UTF-8) and writes {@code wav}. */
    List<String> command(Path program, Voice voice, int rate, Path text, Path wav);

    /**
     * What the engine says of its version (may run the program), or "" when it says nothing
     * useful; {@link Fingerprint} adds its files.
     */
    String reportedVersion(Path program);

    /** The data files and folders that shape {@code voice}'s sound, beyond the program itself. */
    List<Path> dataFiles(Path program, Voice voice);

    /** How its shared libraries' file names start, e.g. {@code "librhvoice"}. */
    default String libraryPrefix() {
        return about().libraryPrefix();
    }

    /** The text as the engine should get it: what it would read as markup made plain. */
    default String text(String text) {
        return text;
    }
}
