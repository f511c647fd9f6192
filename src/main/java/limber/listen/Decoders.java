package limber.listen;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code pocketsphinx_continuous} as child processes, several side by side on one utterance,
 * each writing its results and its log to a file of its own. They share one deadline. No
 * decoder outlives {@link #run}: when one fails (does not finish in time, exits with a status
 * other than 0) or the waiting thread is interrupted, all of them are killed, with any process
 * they started, and have ended before the error is thrown.
 *
 * <pre>{@code
 * Decoders d = new Decoders(Path.of("/usr/bin/pocketsphinx_continuous"), 5000);
 * List<String> logs = d.run(List.of(new Decoders.Job(List.of("-infile", "a.wav", ...), Path.of("a.out")), ...));
 * }</pre>
 *
 * <p>Immutable; {@link #run} may be called from any thread, but the jobs' files are the caller's.
 */
final class Decoders {
    /** One decoder: its arguments after the program, and the file its output and log go to. */
    record Job(List<String> args, Path out) {
        Job {
            args = List.copyOf(args);
        }
    }

    /**
     * A decoder exited with a status other than 0: it crashed, or its model or input is
     * broken. Asking again will not help.
     */
    static final class Crashed extends Recognizer.Broken {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String why;

        Crashed(int status, String why) {
            super(PocketSphinx.PROGRAM + " failed (exit status " + status + "): " + why);
            this.status = status;
            this.why = why;
        }

        int status() {
            return status;
        }

        /** The decoder's first ERROR or FATAL line, or "exit status N" when it wrote none. */
        String why() {
            return why;
        }
    }

    private final Path program;
    private final long timeoutMillis;

    Decoders(Path program, long timeoutMillis) {
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("decoder timeout must be positive, got " + timeoutMillis + " ms");
        }
        this.program = program;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Starts one decoder per job at once and waits for all of them.
     *
     * @return what each job's decoder wrote (output and log), in the order of {@code jobs}
     * @throws Crashed when a decoder exits with a status other than 0 (the others are killed at once)
     * @throws IOException when they have not all finished within the timeout
     * @throws InterruptedIOException when the thread is interrupted meanwhile
     */
    List<String> run(List<Job> jobs) throws IOException {
        List<Process> started = new ArrayList<>();
        try {
            BlockingQueue<Process> exited = new LinkedBlockingQueue<>();
            for (Job job : jobs) {
                Process p = start(job);
                started.add(p);
                p.onExit().thenAccept(exited::add);
            }
            // a wall-clock deadline on purpose: it bounds real child processes, not the logic
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            for (int done = 0; done < started.size(); done++) {
                Process p = exited.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (p == null) {
                    throw new IOException(PocketSphinx.PROGRAM + " did not finish within " + timeoutMillis + " ms");
                }
                if (p.exitValue() != 0) {
                    throw new Crashed(p.exitValue(), why(p.exitValue(), jobs.get(started.indexOf(p)).out()));
                }
            }
            List<String> out = new ArrayList<>();
            for (Job job : jobs) {
                out.add(Files.readString(job.out(), StandardCharsets.UTF_8));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + PocketSphinx.PROGRAM + " ran");
        } finally {
            kill(started);
        }
    }

    /** Starts the program with its output and its log going to the job's file. */
    private Process start(Job job) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(program.toString());
        cmd.addAll(job.args());
        return new ProcessBuilder(cmd)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(job.out().toFile())
                .redirectErrorStream(true)
                .start();
    }

    /** The first ERROR or FATAL line the decoder wrote, or "exit status N". */
    private static String why(int status, Path out) {
        try {
            return Files.readString(out, StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("ERROR") || l.startsWith("FATAL")).findFirst()
                    .map(String::strip).orElse("exit status " + status);
        } catch (IOException e) {
            return "exit status " + status;
        }
    }

    /**
     * Ends every process still running, and those they started: the decoders are killed and
     * reaped; their descendants, listed before their parent is killed (an orphan can no longer be
     * found), are killed, and reaped by init (not ours to wait for). A process started in the very
     * moment of the kill escapes (pocketsphinx starts none; a wrapper script might).
     */
    private static void kill(List<Process> processes) {
        for (Process p : processes) {
            if (p.isAlive()) {
                List<ProcessHandle> descendants = p.descendants().toList();
                p.destroyForcibly();
                descendants.forEach(ProcessHandle::destroyForcibly);
            }
        }
        boolean interrupted = Thread.interrupted();
        for (Process p : processes) {
            while (true) {
                try {
                    // killed: it ends at once (bounded all the same: a process stuck in the kernel
                    // ignores even SIGKILL for a while, and the JVM reaps it later)
                    p.waitFor(5, TimeUnit.SECONDS);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
