package limber.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small tmpfs file systems for the fault tests: a full disk is a tmpfs with {@code size=}, a
 * read-only folder one with {@code ro}. Mounting needs root (CAP_SYS_ADMIN), which CI has; where
 * it is missing the test fails and says so, rather than passing without having tried the fault.
 * {@link #close()} unmounts everything, before JUnit deletes the temporary folders.
 */
final class Mounts implements AutoCloseable {
    private final List<Path> mounted = new ArrayList<>();

    /** Mounts a new tmpfs with mount(8) {@code options} (e.g. "size=1m", "ro") on a new folder. */
    Path tmpfs(Path dir, String options) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "limber-test", dir.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()
                .lines().findFirst().orElse("");
        int status = p.waitFor();
        if (status != 0 || !Files.getFileStore(dir).type().equals("tmpfs")) {
            fail("cannot mount a tmpfs (-o " + options + ") on " + dir + ": mount exited " + status
                    + (said.isEmpty() ? "" : " saying \"" + said + "\"") + ". This fault test needs root "
                    + "with CAP_SYS_ADMIN (CI runs as root; in a container, use --privileged).");
        }
        mounted.add(dir);
        return dir;
    }

    /** Remounts a tmpfs made here read-only, keeping what it holds. */
    void readOnly(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mount", "-o", "remount,ro", dir.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            fail("cannot remount " + dir + " read-only: " + said);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (int i = mounted.size() - 1; i >= 0; i--) {
            Path dir = mounted.remove(i);
            if (new ProcessBuilder("umount", dir.toString()).inheritIO().start().waitFor() != 0) {
                // a child killed mid-write may still hold a file open for a moment
                new ProcessBuilder("umount", "-l", dir.toString()).inheritIO().start().waitFor();
            }
        }
    }
}
