package limber.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs the tests run, and the Debian package of each. A test that needs one calls
 * {@link #require}: when the program is missing the test fails with the line that installs it,
 * so a machine without the packages never comes out green. Only a run that says so on purpose
 * ({@code -Dlimber.skipMissingTools=true}) skips instead, and says what it skipped.
 */
public final class Tools {
    /** What PulseAudio tests need: the daemon and its clients ({@code .ci/pulse-up} also checks ALSA). */
    public static final String[] PULSE = {"pulseaudio", "pactl", "pacat", "paplay", "parec", "aplay"};
    /** The recognizer and its English model. */
    public static final String[] POCKETSPHINX = {"pocketsphinx_continuous", "pocketsphinx-en-us"};
    /** What makes the recognizer's test corpus: a second voice and pink noise. */
    public static final String[] CORPUS = {"espeak-ng", "sox"};
    /** The installed speech engines Limber narrates with besides FreeTTS. */
    public static final String[] ENGINES = {"RHVoice-test", "flite", "espeak-ng"};

    private static final Path MODEL = Path.of("/usr/share/pocketsphinx/model/en-us/en-us");
    private static final Map<String, String> PACKAGE = Map.ofEntries(
            Map.entry("pulseaudio", "pulseaudio"),
            Map.entry("pactl", "pulseaudio-utils"),
            Map.entry("pacat", "pulseaudio-utils"),
            Map.entry("paplay", "pulseaudio-utils"),
            Map.entry("parec", "pulseaudio-utils"),
            Map.entry("aplay", "alsa-utils libasound2-plugins"),
            Map.entry("pocketsphinx_continuous", "pocketsphinx"),
            Map.entry("pocketsphinx-en-us", "pocketsphinx-en-us"),
            Map.entry("espeak-ng", "espeak-ng"),
            Map.entry("sox", "sox"),
            Map.entry("ffmpeg", "ffmpeg"),
            Map.entry("ffprobe", "ffmpeg"),
            Map.entry("tmux", "tmux"),
            Map.entry("RHVoice-test", "rhvoice rhvoice-english (in Debian's contrib and non-free: bash .ci/enable-nonfree first)"),
            Map.entry("flite", "flite"));

    private Tools() {
    }

    /** Fails (or, on purpose, skips) the calling test unless every program in {@code names} is installed. */
    public static void require(String... names) {
        String missing = missing(names);
        if (missing == null) {
            return;
        }
        if (Boolean.getBoolean("limber.skipMissingTools")) {
            System.out.println("SKIPPED (-Dlimber.skipMissingTools): " + missing);
            Assumptions.abort(missing);
        }
        Assertions.fail(missing);
    }

    /** The first of {@code names} that is not installed, as "X is not installed: apt-get install ...", or null. */
    public static String missing(String... names) {
        return missing(System.getenv("PATH"), names);
    }

    static String missing(String path, String[] names) {
        for (String name : names) {
            if (!installed(name, path)) {
                String pkg = PACKAGE.get(name);
                if (pkg == null) {
                    throw new IllegalArgumentException("no Debian package known for " + name);
                }
                return name + " is not installed: apt-get install -y --no-install-recommends " + pkg;
            }
        }
        return null;
    }

    private static boolean installed(String name, String path) {
        if (name.equals("pocketsphinx-en-us")) {
            return Files.isDirectory(MODEL);
        }
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path p = d.isEmpty() ? null : Path.of(d, name);
            if (p != null && Files.isRegularFile(p) && Files.isExecutable(p)) {
                return true;
            }
        }
        return false;
    }
}
