package limber.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ffmpeg's {@code ebur128} filter (EBU R128, with {@code peak=true}) as the independent meter of
 * what Limber writes: integrated loudness and true peak of a file, as a podcast tool reads them.
 */
public final class Ebur128 {
    /** Integrated loudness in LUFS and true peak in dBTP. */
    public record Reading(double integrated, double truePeak) {
    }

    private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[0-9.]+|-inf) LUFS");
    private static final Pattern PEAK = Pattern.compile("True peak:\\s+Peak:\\s+(-?[0-9.]+|-inf) dBFS");

    private Ebur128() {
    }

    public static Reading of(Path file) throws IOException, InterruptedException {
        Tools.require("ffmpeg");
        Path log = Files.createTempFile("ebur128", ".log");
        try {
            Process p = new ProcessBuilder(List.of("ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-i",
                    file.toString(), "-af", "ebur128=peak=true", "-f", "null", "-"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (p.waitFor() != 0) {
                throw new IOException("ffmpeg ebur128 failed on " + file + ": " + Files.readString(log));
            }
            String out = Files.readString(log);
            String summary = out.substring(Math.max(0, out.lastIndexOf("Summary:")));
            return new Reading(number(INTEGRATED.matcher(summary), summary), number(PEAK.matcher(summary), summary));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static double number(Matcher m, String text) throws IOException {
        if (!m.find()) {
            throw new IOException("no reading in ffmpeg's summary: " + text);
        }
        return m.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
    }
}
