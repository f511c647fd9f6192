package limber.player;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import limber.threads.Threads;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/**
 * Single keys from the terminal, without Enter: raw mode (JLine) and a reader thread that turns
 * keys into {@link Input}s ({@link KeyDecoder}: escape sequences are read whole). The terminal's
 * settings are restored on {@link #close()} and, for every other way out (Ctrl-C, SIGTERM,
 * SIGHUP, an uncaught exception ending the JVM), by a shutdown hook. After Ctrl-Z, {@code fg}
 * puts the terminal back in raw mode and sends {@link Input.Continued}, so the player says it is
 * paused.
 *
 * <p>Keys: space pause/resume, n next, p previous, r repeat, + longer, - shorter, t time left,
 * Enter ready (with {@code --ready}), q quit, 1-9 menu answers; the arrows as in {@link KeyDecoder}.
 */
public final class Keyboard implements AutoCloseable {
    /** How often the reader looks at {@link #closed} between keys. */
    private static final long READ_MILLIS = 50;
    /** JLine's reads re-apply its timed-read settings to the terminal: the reader stops before a restore. */
    private static final long STOP_READER_MILLIS = 500;

    private final Terminal terminal;
    private final Attributes saved;
    private final BlockingQueue<Input> inputs;
    private final Thread reader;
    private final Thread restoreOnExit;
    private volatile boolean closed;

    private Keyboard(Terminal terminal, Attributes saved, BlockingQueue<Input> inputs) {
        this.terminal = terminal;
        this.saved = saved;
        this.inputs = inputs;
        this.restoreOnExit = new Thread(this::restoreOnExit, "limber-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
        terminal.handle(Terminal.Signal.CONT, signal -> continued());
        this.reader = Threads.daemon("limber-keys").newThread(this::read);
        reader.start();
    }

    /** Puts the terminal (standard input) in raw mode and starts reading keys into {@code inputs}. */
    public static Keyboard open(BlockingQueue<Input> inputs) throws IOException {
        // stdout may be a file (the transcript): only standard input must be the terminal
        Terminal terminal = TerminalBuilder.builder().system(true).jna(false).jansi(false).exec(true)
                .systemOutput(TerminalBuilder.SystemOutput.ForcedSysErr).dumb(false).build();
        Attributes saved = terminal.enterRawMode();
        return new Keyboard(terminal, saved, inputs);
    }

    /** The input a single character means, or null for one that means nothing. */
    public static Input of(int key) {
        return switch (key) {
            case ' ' -> Input.Control.PAUSE_RESUME;
            case 'n', 'N' -> Input.Control.NEXT;
            case 'p', 'P' -> Input.Control.PREVIOUS;
            case 'r', 'R' -> Input.Control.REPEAT;
            case '+', '=' -> Input.Control.LONGER;
            case '-', '_' -> Input.Control.SHORTER;
            case 't', 'T' -> Input.Control.TIME_LEFT;
            case '\r', '\n' -> Input.Control.READY;
            case 'q', 'Q', 3 /* Ctrl-C when the terminal sends it as a key */ -> Input.Control.QUIT;
            default -> key >= '1' && key <= '9' ? new Input.Answer(key - '0', 0) : null;
        };
    }

    private void read() {
        NonBlockingReader in = terminal.reader();
        try {
            while (true) {
                if (closed) {
                    return;
                }
                Input input = KeyDecoder.next(in::read, READ_MILLIS);
                if (input instanceof Input.Closed) {
                    inputs.add(input);
                    return;
                }
                if (input != null) {
                    inputs.add(input);
                }
            }
        } catch (IOException | java.io.IOError e) {
            inputs.add(new Input.Closed()); // the terminal went away (hang-up)
        }
    }

    /**
     * Back from Ctrl-Z ({@code fg}): raw mode again, and the player is told. Ctrl-Z itself stops
     * the process at once (the default action): the shell then puts the terminal back as it had
     * it, and no Limber code runs meanwhile that could touch the terminal from the background.
     */
    private void continued() {
        if (closed) {
            return;
        }
        try {
            // the reader may be inside a read that the shell's settings made blocking: raw mode ends it
            terminal.enterRawMode();
        } catch (java.io.IOError | RuntimeException e) {
            return; // no terminal any more: the reader will find out
        }
        inputs.add(new Input.Continued());
    }

    /** Stops the reader, then restores the terminal; quietly when it is gone (a hang-up). */
    private void restoreOnExit() {
        closed = true;
        try {
            reader.join(STOP_READER_MILLIS); // its reads set VMIN/VTIME again: restore after the last
            terminal.setAttributes(saved);
            terminal.flush();
        } catch (RuntimeException | java.io.IOError | InterruptedException e) {
            // the terminal is gone with its settings: nothing to restore
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            reader.join(STOP_READER_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            terminal.close(); // restores the settings the terminal had when opened
        } catch (IOException | java.io.IOError | RuntimeException e) {
            restoreOnExit();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }
}
