package limber.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real audio path of the integration tests: a PulseAudio daemon with null sinks, started by
 * {@code .ci/pulse-up} (idempotent), and child processes that reach it through PULSE_SERVER.
 */
final class AudioServer {
    static final Path ROOT = Path.of("").toAbsolutePath();
    private static Map<String, String> env;

    private AudioServer() {
    }

    /** Starts the daemon if needed; returns the environment a client needs. Fails if it cannot. */
    static synchronized Map<String, String> env() throws IOException, InterruptedException {
        if (env == null) {
            Process p = new ProcessBuilder("bash", ROOT.resolve(".ci/pulse-up").toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), ".ci/pulse-up failed: " + out);
            Map<String, String> e = new HashMap<>(System.getenv());
            e.put("PULSE_SERVER", "unix:/tmp/limber-pulse/native");
            env = e;
        }
        return env;
    }

    /** {@code java -cp <this test's classpath> limber.cli.Main ARGS}. */
    static List<String> limber(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "limber.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Records what the default sink plays, as raw 16 kHz mono s16le, until {@link #stop()}. */
    static final class Recording {
        private final Process parec;
        private final Path file;

        private Recording(Process parec, Path file) {
            this.parec = parec;
            this.file = file;
        }

        static Recording start(Path file) throws IOException, InterruptedException {
            ProcessBuilder pb = new ProcessBuilder("parec", "-d", "limber_out.monitor", "--latency-msec=20",
                    "--rate=16000", "--channels=1", "--format=s16le", "--raw", "--file-format=raw");
            pb.environment().putAll(env());
            pb.redirectOutput(file.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            Thread.sleep(300); // let the stream connect before anything plays
            return new Recording(p, file);
        }

        short[] stop() throws IOException, InterruptedException {
            Thread.sleep(300); // the monitor runs a little behind the sink
            parec.destroy();
            parec.waitFor(5, TimeUnit.SECONDS);
            return Pcm.readRaw(file);
        }
    }

    static void requireTool(String tool) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
        assertEquals(0, p.waitFor(), tool + " is not installed (apt-get install it; .ci/run does)");
    }

    static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }
}
