package limber.listen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private PulseAudio server for the voice tests, the way {@code .ci/pulse-up} makes one: a
 * null sink {@code limber_out} (the default sink, where the player plays) and a null sink
 * {@code limber_mic} whose monitor is the default source (what a TargetDataLine records), each
 * with a silent keep-alive stream. Uses {@code .ci/pulse-up} and {@code .ci/pulse-down} when
 * the project has them, in its own folder so that no other job's sound reaches the tests'
 * microphone; otherwise starts the same server itself.
 *
 * <p>Clients reach it through {@link #env()} ({@code PULSE_SERVER}); the JVM running the tests
 * cannot change its own environment, so the Java side of a live test runs in a child JVM.
 */
final class Pulse implements AutoCloseable {
    static final Path DIR = Path.of("/tmp/limber-pulse-listen");
    private static final Path UP = Path.of(".ci", "pulse-up");
    private static final Path DOWN = Path.of(".ci", "pulse-down");

    private final boolean started;
    private final List<Process> keepalives;

    private Pulse(boolean started, List<Process> keepalives) {
        this.started = started;
        this.keepalives = keepalives;
    }

    /** Why there can be no server here (a missing program), or null. */
    static String missing() {
        for (String tool : List.of("pulseaudio", "pactl", "pacat", "paplay")) {
            if (PocketSphinx.onPath(tool) == null) {
                return tool + " is not installed (apt-get install pulseaudio pulseaudio-utils libasound2-plugins)";
            }
        }
        return null;
    }

    static Map<String, String> env() {
        return Map.of("PULSE_SERVER", "unix:" + DIR.resolve("native"));
    }

    static Pulse up() throws IOException {
        if (Files.isExecutable(UP)) {
            Map<String, String> env = new HashMap<>();
            env.put("LIMBER_PULSE_DIR", DIR.toString());
            String said = run(List.of(UP.toString()), env, 60);
            return new Pulse(!said.contains("already up"), List.of());
        }
        if (answers()) {
            return new Pulse(false, List.of());
        }
        Files.createDirectories(DIR.resolve("run"));
        Files.createDirectories(DIR.resolve("state"));
        Path pa = DIR.resolve("limber.pa");
        Files.writeString(pa, String.join("\n",
                "load-module module-null-sink sink_name=limber_out rate=16000 channels=1 format=s16le",
                "load-module module-null-sink sink_name=limber_mic rate=16000 channels=1 format=s16le",
                "load-module module-native-protocol-unix socket=" + DIR.resolve("native") + " auth-anonymous=1",
                "set-default-sink limber_out",
                "set-default-source limber_mic.monitor", ""));
        Map<String, String> env = new HashMap<>();
        env.put("HOME", DIR.toString());
        env.put("XDG_RUNTIME_DIR", DIR.resolve("run").toString());
        env.put("PULSE_RUNTIME_PATH", DIR.resolve("run").toString());
        env.put("PULSE_STATE_PATH", DIR.resolve("state").toString());
        env.put("PULSE_COOKIE", DIR.resolve("state/cookie").toString());
        run(List.of("pulseaudio", "-n", "-F", pa.toString(), "--daemonize=yes", "--use-pid-file=yes",
                "--exit-idle-time=-1", "--disallow-exit=yes", "--realtime=no", "--high-priority=no",
                "--log-target=file:" + DIR.resolve("pulse.log")), env, 30);
        for (int i = 0; i < 100 && !answers(); i++) {
            sleep(100);
        }
        if (!answers()) {
            throw new IOException("pulseaudio started but does not answer; see " + DIR.resolve("pulse.log"));
        }
        List<Process> keep = new ArrayList<>();
        for (String sink : List.of("limber_out", "limber_mic")) {
            ProcessBuilder pb = new ProcessBuilder("pacat", "--playback", "-d", sink, "--latency-msec=20",
                    "--rate=16000", "--channels=1", "--format=s16le", "--client-name=limber-keepalive", "/dev/zero")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(env());
            keep.add(pb.start());
        }
        sleep(2500); // the null sinks run on 2 s blocks for their first seconds
        return new Pulse(true, keep);
    }

    /** Whether the server answers. */
    static boolean answers() {
        try {
            run(List.of("pactl", "info"), Map.of(), 5);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a client of this server; fails with its output unless it exits 0 within {@code seconds}. */
    static String run(List<String> cmd, Map<String, String> extraEnv, int seconds) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env());
        pb.environment().putAll(extraEnv);
        Process p = pb.start();
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + ": no answer within " + seconds + " s");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed: " + out.strip());
            }
            return out;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Plays a WAV into the microphone sink; returns when it has been played. */
    static void playIntoMic(Path wav) throws IOException {
        run(List.of("paplay", "-d", "limber_mic", wav.toString()), Map.of(), 600);
    }

    /** Loads a loopback from the player's sink into the microphone sink; returns its module index. */
    static String loopSpeakersIntoMic(int latencyMillis) throws IOException {
        return run(List.of("pactl", "load-module", "module-loopback", "source=limber_out.monitor", "sink=limber_mic",
                "latency_msec=" + latencyMillis), Map.of(), 10).strip();
    }

    static void unload(String module) throws IOException {
        run(List.of("pactl", "unload-module", module), Map.of(), 10);
    }

    @Override
    public void close() throws IOException {
        if (!started) {
            return;
        }
        if (Files.isExecutable(DOWN)) {
            run(List.of(DOWN.toString()), Map.of("LIMBER_PULSE_DIR", DIR.toString()), 30);
            return;
        }
        for (Process p : keepalives) {
            p.destroy();
        }
        Path pid = DIR.resolve("run").resolve("pid");
        if (Files.exists(pid)) {
            long id = Long.parseLong(Files.readString(pid).strip());
            ProcessHandle.of(id).ifPresent(ProcessHandle::destroy);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
