package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decoders that hang and decoders that crash, as real child processes: a shell script stands in
 * for pocketsphinx. Each script notes its process id, and the id of the {@code sleep} it starts,
 * in a file, so the test can check with {@link ProcessHandle} that none of them is left.
 */
class DecodersTest {
    /** What pocketsphinx writes when its model folder is empty. */
    static final String MODEL_ERROR = "ERROR: \"acmod.c\", line 78: Folder '/nonexistent' does not contain acoustic"
            + " model definition 'mdef'";

    @TempDir
    Path dir;

    /** An executable shell script {@code name} in {@code folder} that first appends its pid to {@code pids} there. */
    static Path script(Path folder, String name, String body) throws IOException {
        Path p = folder.resolve(name);
        Files.writeString(p, "#!/bin/sh\necho $$ >> \"$(dirname \"$0\")/pids\"\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    /**
     * A stand-in for pocketsphinx in {@code bin}, returned as a PATH: it passes the probe
     * {@link PocketSphinx#open} runs, then runs {@code body} on every utterance.
     */
    static String pathWith(Path bin, String body) throws IOException {
        script(bin, PocketSphinx.PROGRAM, "case \"$*\" in *probe.wav*) exit 0;; esac\n" + body);
        return bin.toString();
    }

    /** Starts a sleep that outlives its shell unless it is killed too, and waits. */
    static final String HANG = "sleep 600 &\necho $! >> \"$(dirname \"$0\")/pids\"\nwait";
    static final String CRASH = "cat >&2 <<'END'\n" + MODEL_ERROR + "\nEND\nexit 1";

    private Path pids() {
        return dir.resolve("pids");
    }

    private List<Decoders.Job> three() {
        List<Decoders.Job> jobs = new ArrayList<>();
        for (String name : List.of("grammar", "spotter", "loop")) {
            jobs.add(new Decoders.Job(List.of("-" + name), dir.resolve(name + ".out")));
        }
        return jobs;
    }

    /**
     * The processes the scripts in {@code folder} noted that are still running. A zombie is not:
     * an orphan killed with its parent waits, dead, for init to reap it, which can take a second
     * in a container, and {@link ProcessHandle#isAlive} counts it meanwhile. An orphan is given a
     * moment to die: it was sent SIGKILL, but nobody waits for it.
     */
    static List<String> alive(Path folder) throws IOException, InterruptedException {
        List<String> running = new ArrayList<>();
        for (int tries = 0; tries < 50; tries++) {
            running.clear();
            for (String line : Files.readAllLines(folder.resolve("pids"))) {
                long pid = Long.parseLong(line);
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !zombie(pid)) {
                    running.add(pid + " " + stat(pid));
                }
            }
            if (running.isEmpty()) {
                break;
            }
            Thread.sleep(20);
        }
        return running;
    }

    /** Linux's /proc/PID/stat: "pid (comm) state ppid ...", or "" when it is gone. */
    private static String stat(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "stat")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean zombie(long pid) {
        String stat = stat(pid);
        return stat.isEmpty() || stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    }

    @Test
    void decodersThatHangAreAllKilledWithWhatTheyStarted() throws Exception {
        Decoders d = new Decoders(script(dir, "decoder", HANG), 1500);
        IOException e = assertThrows(IOException.class, () -> d.run(three()));
        assertEquals("pocketsphinx_continuous did not finish within 1500 ms", e.getMessage());
        assertEquals(6, Files.readAllLines(pids()).size(), "three shells and their three sleeps");
        assertEquals(List.of(), alive(dir));
    }

    @Test
    void aCrashedDecoderIsAnErrorWithItsStatusAndItsErrorLine() throws Exception {
        Decoders d = new Decoders(script(dir, "decoder", CRASH), 5000);
        Decoders.Crashed e = assertThrows(Decoders.Crashed.class, () -> d.run(three()));
        assertEquals("pocketsphinx_continuous failed (exit status 1): " + MODEL_ERROR, e.getMessage());
        assertEquals(List.of(), alive(dir));
    }

    @Test
    void oneDecoderCrashingEndsTheOthersAtOnce() throws Exception {
        // the spotter crashes once the other two hang (have started their sleeps: 5 pids noted),
        // and the others are killed then, with no waiting for the (long) timeout
        Decoders d = new Decoders(script(dir, "decoder", "case \"$*\" in *-spotter*)\n"
                + "while [ $(wc -l < \"$(dirname \"$0\")/pids\") -lt 5 ]; do sleep 0.02; done\n" + CRASH + ";;\nesac\n"
                + HANG), 600_000);
        assertThrows(Decoders.Crashed.class, () -> d.run(three()));
        assertEquals(List.of(), alive(dir));
    }

    @Test
    void aCrashWithoutAnErrorLineSaysItsStatus() throws Exception {
        Decoders d = new Decoders(script(dir, "decoder", "echo 'INFO: starting'\nkill -SEGV $$"), 5000);
        Decoders.Crashed e = assertThrows(Decoders.Crashed.class, () -> d.run(three()));
        assertEquals("pocketsphinx_continuous failed (exit status 139): exit status 139", e.getMessage());
    }

    @Test
    void anInterruptedWaitKillsEveryDecoder() throws Exception {
        Decoders d = new Decoders(script(dir, "decoder", HANG), 600_000);
        Thread waiting = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                while (!Files.exists(pids()) || Files.readAllLines(pids()).size() < 6) {
                    Thread.sleep(20); // until the three shells have started their sleeps
                }
            } catch (IOException | InterruptedException e) {
                // interrupt anyway
            }
            waiting.interrupt();
        });
        interrupter.start();
        try {
            assertThrows(InterruptedIOException.class, () -> d.run(three()));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
        assertEquals(6, Files.readAllLines(pids()).size());
        assertEquals(List.of(), alive(dir));
    }

    @Test
    void decodersThatFinishGiveWhatEachWroteInOrder() throws Exception {
        Decoders d = new Decoders(script(dir, "decoder", "echo \"decoded $*\"; echo 'INFO: log' >&2"), 5000);
        assertEquals(List.of("decoded -grammar\nINFO: log\n", "decoded -spotter\nINFO: log\n", "decoded -loop\nINFO: log\n"),
                d.run(three()));
    }
}
