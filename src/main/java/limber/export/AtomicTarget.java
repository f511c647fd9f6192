package limber.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * A file written aside and moved into place. The temporary file lives in the target's directory
 * (same file system, so the final rename is atomic) and is deleted on every failure: the target
 * is either untouched or whole.
 *
 * <pre>{@code
 * try (AtomicTarget t = AtomicTarget.open(path, force)) {
 *     write(t.stream());
 *     t.commit();          // without commit, close() deletes the temporary file
 * }
 * }</pre>
 */
final class AtomicTarget implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path target;
    /** Whether an existing target may be replaced. */
    private final boolean force;
    /** The hidden file beside the target that is written, then renamed onto it. */
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    /** The file's contents are final (forced to disk); only the rename is left. */
    private boolean sealed;
    private boolean committed;

    /** {@code channel} is open on {@code temp}, which {@link #open} has just created. */
    private AtomicTarget(Path target, boolean force, Path temp, FileChannel channel) {
        this.target = target;
        this.force = force;
        this.temp = temp;
        this.channel = channel;
        this.stream = Channels.newOutputStream(channel);
    }

    /** Checks the target can be written now (before any work is done). */
    static void check(Path target, boolean force) throws ExportException {
        Path dir = directory(target);
        if (!Files.isDirectory(dir)) {
            // "does not exist" would be wrong where the path runs through a file: name that file
            for (Path p = dir; p != null; p = p.getParent()) {
                if (Files.exists(p)) {
                    if (!Files.isDirectory(p)) {
                        throw new ExportException(target + ": " + p + " is a file, not a directory", true, null);
                    }
                    break;
                }
            }
            throw new ExportException(target + ": directory " + dir + " does not exist", true, null);
        }
        if (Files.isDirectory(target)) {
            throw new ExportException(target + ": is a directory", true, null);
        }
        if (!force && Files.exists(target)) {
            throw new ExportException(target + ": file exists (use --force to overwrite)", true, null);
        }
    }

    static AtomicTarget open(Path target, boolean force) throws ExportException {
        check(target, force);
        Path dir = directory(target);
        try {
            while (true) {
                // Not Files.createTempFile: its files are private (0600), and an export is a file
                // like any other the user makes, with the permissions their umask gives.
                Path temp = dir.resolve("." + target.getFileName() + "."
                        + Long.toUnsignedString(RANDOM.nextLong()) + ".part");
                try {
                    FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    return new AtomicTarget(target, force, temp, ch);
                } catch (FileAlreadyExistsException taken) {
                    // another export's temporary file (1 in 2^64): draw again
                }
            }
        } catch (FileSystemException e) {
            // the reason alone ("read-only file system"): the temporary file's name means nothing to a user
            String why = e instanceof AccessDeniedException ? "permission denied"
                    : e.getReason() != null ? e.getReason().toLowerCase(Locale.ROOT) : reason(e);
            throw new ExportException(target + ": cannot write in directory " + dir + " (" + why + ")", false, e);
        } catch (IOException e) {
            throw new ExportException(target + ": cannot create a file in " + dir + ": " + reason(e), false, e);
        }
    }

    OutputStream stream() {
        return stream;
    }

    /**
     * Writes {@code bytes} at {@code position} (a header known only at the end); the caller
     * flushes any buffered stream first. The stream's own position is unchanged.
     */
    void writeAt(long position, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            channel.write(b, position + b.position());
        }
    }

    /**
     * Flushes the whole temporary file to disk and closes it, so many files can wait for their
     * {@link #commit()} without holding a descriptor each. Idempotent.
     */
    void seal() throws ExportException {
        if (sealed) {
            return;
        }
        try {
            channel.force(true);
            channel.close();
            sealed = true;
        } catch (IOException e) {
            throw new ExportException(target + ": " + reason(e), false, e);
        }
    }

    /** Seals the file and moves it into place. */
    void commit() throws ExportException {
        seal();
        try {
            if (force) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // a link fails if the target appeared meanwhile: never overwrite without --force
                Files.createLink(target, temp);
                Files.delete(temp);
            }
            committed = true;
        } catch (FileAlreadyExistsException e) {
            throw new ExportException(target + ": file exists (use --force to overwrite)", true, e);
        } catch (IOException e) {
            throw new ExportException(target + ": " + reason(e), false, e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the temporary file is deleted next; nothing was promised about it
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover .part file is harmless: the target is untouched
            }
        }
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static Path directory(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? Path.of("/") : parent;
    }
}
