package limber.player;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.NonBlockingReader;

/**
 * Single keys from the terminal, without Enter: raw mode (JLine) and a reader thread that turns
 * keys into {@link Input}s. The terminal's settings are restored on {@link #close()} and, for
 * every other way out (Ctrl-C, SIGTERM, an uncaught exception ending the JVM), by a shutdown hook.
 *
 * <p>Keys: space pause/resume, n next, p previous, r repeat, + longer, - shorter, q quit,
 * 1-9 menu answers.
 */
public final class Keyboard implements AutoCloseable {
    private final Terminal terminal;
    private final Attributes saved;
    private final Thread reader;
    private final Thread restoreOnExit;
    private volatile boolean closed;

    private Keyboard(Terminal terminal, Attributes saved, BlockingQueue<Input> inputs) {
        this.terminal = terminal;
        this.saved = saved;
        this.restoreOnExit = new Thread(this::restore, "limber-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
        this.reader = new Thread(() -> read(inputs), "limber-keys");
        reader.setDaemon(true);
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

    /** The input a key means, or null for a key that means nothing. */
    public static Input of(int key) {
        return switch (key) {
            case ' ' -> Input.Control.PAUSE_RESUME;
            case 'n', 'N' -> Input.Control.NEXT;
            case 'p', 'P' -> Input.Control.PREVIOUS;
            case 'r', 'R' -> Input.Control.REPEAT;
            case '+', '=' -> Input.Control.LONGER;
            case '-', '_' -> Input.Control.SHORTER;
            case 'q', 'Q', 3 /* Ctrl-C when the terminal sends it as a key */ -> Input.Control.QUIT;
            default -> key >= '1' && key <= '9' ? new Input.Answer(key - '0', 0) : null;
        };
    }

    private void read(BlockingQueue<Input> inputs) {
        NonBlockingReader in = terminal.reader();
        try {
            while (!closed) {
                int key = in.read(50);
                if (key == NonBlockingReader.EOF) {
                    inputs.add(new Input.Closed());
                    return;
                }
                Input input = key >= 0 ? of(key) : null;
                if (input != null) {
                    inputs.add(input);
                }
            }
        } catch (IOException e) {
            inputs.add(new Input.Closed());
        }
    }

    private synchronized void restore() {
        if (terminal != null) {
            terminal.setAttributes(saved);
            terminal.flush();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            terminal.close(); // restores the settings the terminal had when opened
        } catch (IOException e) {
            restore();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }
}
