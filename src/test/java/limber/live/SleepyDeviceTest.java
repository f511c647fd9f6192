package limber.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import limber.player.Feedback;
import org.junit.jupiter.api.AfterEach;
import limber.testkit.Tools;
import limber.testkit.Jvm;
import limber.testkit.Pulse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device that is slow to start is not a lost one. A PulseAudio server of the test's own whose
 * null sink is idle before the session (no keep-alive stream, as on most machines before the
 * first sound), once as it is and once with {@code module-suspend-on-idle}: play, the menu
 * answered by a key, q in the first hold: exit 0, "Goodbye.", nothing on stderr.
 */
@Tag("realtime") // plays in real time: with the other such classes, side by side
class SleepyDeviceTest {
    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }

    private static final String SOCKET = "limber-sleepy-test";

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        new ProcessBuilder("tmux", "-L", SOCKET, "kill-server").redirectErrorStream(true).start().waitFor();
        // the server may still be going down (its panes' processes ending): the next test makes
        // a session of the same name, so wait until it is gone
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && new ProcessBuilder("tmux", "-L", SOCKET, "has-session", "-t", "idle")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0) {
            Thread.sleep(100);
        }
        ProcessBuilder down = new ProcessBuilder("bash", Pulse.ROOT.resolve(".ci/pulse-down").toString())
                .redirectErrorStream(true);
        down.environment().put("LIMBER_PULSE_DIR", dir.resolve("pulse").toString());
        down.start().waitFor();
    }

    /** An idle null sink, nothing playing into it; with {@code suspend}, suspended after 1 s idle. */
    private String server(boolean suspend) throws Exception {
        Tools.require("pulseaudio");
        Path pulse = dir.resolve("pulse");
        Files.createDirectories(pulse.resolve("run"));
        Files.createDirectories(pulse.resolve("state"));
        String socket = pulse.resolve("native").toString();
        Files.writeString(pulse.resolve("idle.pa"), "load-module module-null-sink sink_name=limber_out rate=16000 channels=1"
                + " format=s16le\nload-module module-native-protocol-unix socket=" + socket + " auth-anonymous=1\n"
                + (suspend ? "load-module module-suspend-on-idle timeout=1\n" : "") + "set-default-sink limber_out\n");
        ProcessBuilder pb = new ProcessBuilder("pulseaudio", "-n", "-F", pulse.resolve("idle.pa").toString(),
                "--daemonize=yes", "--use-pid-file=yes", "--exit-idle-time=-1", "--disallow-exit=yes", "--realtime=no",
                "--high-priority=no", "--log-target=file:" + pulse.resolve("pulse.log"))
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().remove("PULSE_SERVER");
        pb.environment().put("HOME", pulse.toString());
        pb.environment().put("XDG_RUNTIME_DIR", pulse.resolve("run").toString());
        pb.environment().put("PULSE_RUNTIME_PATH", pulse.resolve("run").toString());
        pb.environment().put("PULSE_STATE_PATH", pulse.resolve("state").toString());
        pb.environment().put("PULSE_COOKIE", pulse.resolve("state/cookie").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "pulseaudio: " + out);
        for (int i = 0; i < 100; i++) {
            ProcessBuilder info = new ProcessBuilder("pactl", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            info.environment().put("PULSE_SERVER", "unix:" + socket);
            if (info.start().waitFor() == 0) {
                Thread.sleep(suspend ? 2000 : 500); // idle (and, with the module, suspended) before play
                return "unix:" + socket;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("pulseaudio does not answer on " + socket);
    }

    private void tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", SOCKET));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "tmux " + String.join(" ", args) + ": " + out);
    }

    private void await(Path file, Predicate<String> done, String what) throws Exception {
        await(file, done, what, 60);
    }

    private void await(Path file, Predicate<String> done, String what, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (done.test(read(file))) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out waiting for " + what + "; transcript: " + read(file)
                + "; stderr: " + read(dir.resolve("err.txt")));
    }

    private void menuAnswerThenQuit(boolean suspend) throws Exception {
        Tools.require("tmux");
        String server = server(suspend);
        Path script = dir.resolve("keys.json");
        Files.writeString(script, KeysTest.ROUTINE);
        String command = String.join(" ", Jvm.limber("play", script.toString(), "--cache-dir",
                dir.resolve("cache").toString()).stream().map(s -> "'" + s.replace("'", "'\\''") + "'").toList());
        Files.writeString(dir.resolve("run.sh"), command + " > out.txt 2> err.txt\necho $? > rc.txt\n");
        tmux("new-session", "-d", "-s", "idle", "-x", "120", "-y", "30", "-c", dir.toString(),
                "-e", "PULSE_SERVER=" + server, "bash --norc --noprofile");
        tmux("send-keys", "-t", "idle", "bash run.sh", "Enter");
        Path out = dir.resolve("out.txt");
        await(out, t -> t.contains("Press 3 for"), "the menu");
        tmux("send-keys", "-t", "idle", "2");
        await(out, t -> t.contains("Hold for 8 seconds."), "the first hold");
        Thread.sleep(1500);
        tmux("send-keys", "-t", "idle", "q");
        await(dir.resolve("rc.txt"), t -> !t.isBlank(), "the process to end");
        String err = read(dir.resolve("err.txt"));
        System.out.printf("sleepy device (%s): status %s, stderr %s%n", suspend ? "suspend-on-idle" : "idle null sink",
                read(dir.resolve("rc.txt")).trim(), err.isEmpty() ? "empty" : err);
        assertEquals("0", read(dir.resolve("rc.txt")).trim(), err);
        assertEquals("", err);
        assertTrue(read(out).strip().endsWith(Feedback.GOODBYE), read(out));
    }

    /**
     * The seed routine with --ready on an idle sink, by keys alone: it waits at the first hold
     * until space however long (past the reminder, said once), then the hold; q while it waits
     * at the second ends it: exit 0, "Goodbye.", nothing on stderr, the terminal as it was.
     */
    @Test
    void seedRoutineWithReadyOnAnIdleSinkWaitsForSpaceRemindsOnceAndQuitsCleanly() throws Exception {
        Tools.require("tmux");
        String server = server(false);
        String command = String.join(" ", Jvm.limber("play", "back-spasm-relief", "--ready", "--hold", "15",
                "--cache-dir", dir.resolve("cache").toString()).stream().map(s -> "'" + s.replace("'", "'\\''") + "'").toList());
        Files.writeString(dir.resolve("run.sh"), "stty -a > before.txt\n" + command
                + " > out.txt 2> err.txt\necho $? > rc.txt\nstty -a > after.txt\n");
        tmux("new-session", "-d", "-s", "idle", "-x", "120", "-y", "30", "-c", dir.toString(),
                "-e", "PULSE_SERVER=" + server, "bash --norc --noprofile");
        tmux("send-keys", "-t", "idle", "bash run.sh", "Enter");
        Path out = dir.resolve("out.txt");
        await(out, t -> t.contains(Feedback.READY), "the first ready prompt");
        long prompted = System.nanoTime();
        await(out, t -> t.contains(Feedback.READY_AGAIN), "the reminder", 90);
        double remindedAfter = (System.nanoTime() - prompted) / 1e9;
        Thread.sleep(8000);
        String waited = read(out);
        assertTrue(!waited.contains("Hold for"), "a hold started by itself: " + waited);
        assertEquals(1, waited.lines().filter(Feedback.READY_AGAIN::equals).count(), waited);
        tmux("send-keys", "-t", "idle", " ");
        await(out, t -> t.contains("Hold for 15 seconds"), "the first hold, after space");
        await(out, t -> t.indexOf(Feedback.READY) != t.lastIndexOf(Feedback.READY), "the second hold's prompt");
        tmux("send-keys", "-t", "idle", "q");
        await(dir.resolve("after.txt"), t -> !t.isBlank(), "the process to end");
        String err = read(dir.resolve("err.txt"));
        System.out.printf("sleepy device, seed --ready: reminded %.1f s after the prompt, once; space started the hold;"
                + " q while waiting: status %s, stderr %s%n", remindedAfter, read(dir.resolve("rc.txt")).trim(),
                err.isEmpty() ? "empty" : err);
        assertEquals("0", read(dir.resolve("rc.txt")).trim(), err);
        assertEquals("", err);
        assertTrue(read(out).strip().endsWith(Feedback.GOODBYE), read(out));
        assertEquals(1, read(out).lines().filter(l -> l.startsWith("Hold for")).count(), read(out));
        assertEquals(read(dir.resolve("before.txt")), read(dir.resolve("after.txt")), "terminal settings");
    }

    @Test
    void idleNullSinkWithoutKeepAliveIsNotALostDevice() throws Exception {
        menuAnswerThenQuit(false);
    }

    @Test
    void suspendedSinkIsNotALostDevice() throws Exception {
        menuAnswerThenQuit(true);
    }
}
