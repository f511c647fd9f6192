package limber.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code limber.cli.Main} in a child JVM, run as a user runs it, so that it can be killed, stopped
 * or raced against another. Its stdout and stderr go to files, so that it never blocks on a pipe.
 */
final class Child {
    /** Long enough for a cold JVM with FreeTTS on a busy two-core machine; a hang fails. */
    static final long TIMEOUT_SECONDS = 120;

    private final Process process;
    private final Path out;
    private final Path err;

    private Child(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code limber ARGS...} in {@code workDir}; its output goes to {@code logs/name.*}. */
    static Child start(Path workDir, Path logs, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), "limber.cli.Main"));
        command.addAll(List.of(args));
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Child(p, out, err);
    }

    /** The test's own class path: surefire passes the real one in this property. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        boolean hasMain = false;
        for (String entry : cp.split(File.pathSeparator)) {
            hasMain |= Files.isRegularFile(Path.of(entry, "limber", "cli", "Main.class"));
        }
        if (!hasMain) {
            fail("cannot start limber in a child JVM: no limber/cli/Main.class on the class path " + cp);
        }
        return cp;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the exit status; a child that does not end in time is killed and fails the test. */
    int waitFor() throws InterruptedException, IOException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("limber did not end within " + TIMEOUT_SECONDS + " s; stderr: " + err());
        }
        return process.exitValue();
    }

    /** SIGKILL, and waits until the process is gone. */
    int kill() throws InterruptedException, IOException {
        process.destroyForcibly();
        return waitFor();
    }

    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            fail("kill -" + name + " " + pid() + " failed");
        }
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
