package limber.threads;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * {@code Executors.newSingleThreadExecutor(Threads.daemon("limber-synth"))}, and
 * {@code Threads.get(future)} instead of {@code future.get()}: the task's own IOException or
 * RuntimeException comes out, not an ExecutionException around it.
 */
public final class Threads {
    private Threads() {
    }

    /** Threads named {@code name} that do not keep the JVM alive. */
    public static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Waits for {@code future}. What the task threw is thrown as it was (an UncheckedIOException
     * as the IOException inside it); a checked exception other than IOException is wrapped in
     * one. An interrupt while waiting keeps the thread's interrupt flag and throws
     * {@link InterruptedIOException}.
     */
    public static <T> T get(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
