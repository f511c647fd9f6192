package limber.speech.engines;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of an engine's program: arguments as a list (no shell ever sees them), stdin empty,
 * stdout and stderr into files, bounded in time. A program that overruns is killed, with
 * everything it started.
 */
final class Child {
    /** How the run ended; {@code out} and {@code err} are the program's output, as text. */
    record Result(int status, String out, String err) {
        /** The last non-blank line of stderr, or "" . */
        String lastError() {
            String[] lines = err.strip().split("\n");
            return lines[lines.length - 1].strip();
        }
    }

    /** Thrown when the program did not finish in time; it has been killed. */
    static final class Timeout extends IOException {
        Timeout(String message) {
            super(message);
        }
    }

    private Child() {
    }

    /** Runs {@code command} in {@code work} (a private folder), for at most {@code timeoutMillis}. */
    static Result run(List<String> command, Path work, long timeoutMillis) throws IOException {
        Path out = work.resolve("stdout");
        Path err = work.resolve("stderr");
        Process p = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                kill(p);
                throw new Timeout(command.get(0) + " did not finish within " + (timeoutMillis + 999) / 1000
                        + " s and was stopped");
            }
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + command.get(0) + " ran");
        }
        return new Result(p.exitValue(), text(out), text(err));
    }

    /** Runs {@code command} in a fresh temporary folder, deleted afterwards. */
    static Result run(List<String> command, long timeoutMillis) throws IOException {
        Path work = Files.createTempDirectory("limber-engine-");
        try {
            return run(command, work, timeoutMillis);
        } finally {
            clean(work);
        }
    }

    /** What {@code command} prints on stdout, stripped; "" when it cannot be run or fails. */
    static String output(List<String> command) {
        try {
            Result r = run(command, 10_000);
            return r.status() == 0 ? r.out().strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes {@code dir} and the files in it (it has no subfolders), if there is one (null: none); quietly, best effort. */
    static void clean(Path dir) {
        if (dir == null) {
            return; // never made
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, 0, Math.min(bytes.length, 1 << 20), StandardCharsets.UTF_8);
    }
}
