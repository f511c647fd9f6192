package limber.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private PulseAudio server for one test class, made by {@code .ci/pulse-up} in a folder of its
 * own ({@code /tmp/limber-pulse-NAME}), so that test classes can run at the same time without
 * hearing each other: a null sink {@code limber_out} (the default sink, where the player plays)
 * and a null sink {@code limber_mic} whose monitor is the default source (what a TargetDataLine
 * records), each with a silent keep-alive stream. {@link #close()} stops it ({@code .ci/pulse-down}).
 *
 * <p>Clients reach it through {@link #env()} ({@code PULSE_SERVER}); the JVM running the tests
 * cannot change its own environment, so the Java side of a live test runs in a child JVM.
 *
 * <pre>{@code
 * try (Pulse pulse = Pulse.up("keys")) {
 *     pb.environment().putAll(pulse.env());    // a child that plays into limber_out
 *     pulse.playIntoMic(wav);                  // a user speaking
 * }
 * }</pre>
 */
public final class Pulse implements AutoCloseable {
    /** The project's root: surefire runs the tests there. */
    public static final Path ROOT = Path.of("").toAbsolutePath();

    private final Path dir;

    private Pulse(Path dir) {
        this.dir = dir;
    }

    /** Starts (or finds running) the server named {@code name}; fails with the install line if PulseAudio is missing. */
    public static Pulse up(String name) throws IOException {
        return up(Path.of("/tmp", "limber-pulse-" + name));
    }

    /** Starts (or finds running) a server whose runtime folder is {@code dir}. */
    public static Pulse up(Path dir) throws IOException {
        Tools.require(Tools.PULSE);
        Pulse pulse = new Pulse(dir);
        pulse.script(".ci/pulse-up", 60);
        return pulse;
    }

    /** What a client of this server needs in its environment. */
    public Map<String, String> env() {
        return Map.of("PULSE_SERVER", server());
    }

    /** {@code unix:DIR/native}. */
    public String server() {
        return "unix:" + dir.resolve("native");
    }

    public Path dir() {
        return dir;
    }

    /** Runs a client of this server; fails with its output unless it exits 0 within {@code seconds}. */
    public String run(List<String> cmd, int seconds) throws IOException {
        return run(cmd, Map.of(), seconds);
    }

    /** Plays a WAV into the microphone sink; returns when it has been played. */
    public void playIntoMic(Path wav) throws IOException {
        run(List.of("paplay", "-d", "limber_mic", wav.toString()), 600);
    }

    /** Loads a loopback from the player's sink into the microphone sink; returns its module index. */
    public String loopSpeakersIntoMic(int latencyMillis) throws IOException {
        return run(List.of("pactl", "load-module", "module-loopback", "source=limber_out.monitor", "sink=limber_mic",
                "latency_msec=" + latencyMillis), 10).strip();
    }

    public void unload(String module) throws IOException {
        run(List.of("pactl", "unload-module", module), 10);
    }

    /** Starts recording what the default sink plays, as raw 16 kHz mono s16le into {@code file}. */
    public Recording record(Path file) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("parec", "-d", "limber_out.monitor", "--latency-msec=20",
                "--rate=" + Pcm.RATE, "--channels=1", "--format=s16le", "--raw", "--file-format=raw");
        pb.environment().putAll(env());
        pb.redirectOutput(file.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        Thread.sleep(300); // let the stream connect before anything plays
        return new Recording(p, file);
    }

    /** A running parec of the speakers' monitor. */
    public static final class Recording {
        private final Process parec;
        private final Path file;

        private Recording(Process parec, Path file) {
            this.parec = parec;
            this.file = file;
        }

        /** Stops recording; returns everything recorded. */
        public short[] stop() throws IOException, InterruptedException {
            Thread.sleep(300); // the monitor runs a little behind the sink
            parec.destroy();
            if (!parec.waitFor(5, TimeUnit.SECONDS)) {
                parec.destroyForcibly();
            }
            return Pcm.readRaw(file);
        }
    }

    /** Stops the server: its keep-alive streams, then the daemon. */
    @Override
    public void close() throws IOException {
        script(".ci/pulse-down", 30);
    }

    private void script(String script, int seconds) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("bash", ROOT.resolve(script).toString()));
        run(cmd, Map.of("LIMBER_PULSE_DIR", dir.toString()), seconds);
    }

    private String run(List<String> cmd, Map<String, String> extraEnv, int seconds) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env());
        pb.environment().putAll(extraEnv);
        Process p = pb.start();
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + ": no answer within " + seconds + " s");
            }
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "): " + said.strip());
            }
            return said;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
