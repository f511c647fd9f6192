package limber.audio;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where rendered PCM goes: a file, the speakers, a test recorder. Samples arrive in order, in
 * chunks; {@code write} may block (the speakers pace the session that way). Failures are thrown,
 * never swallowed. {@link #close()} finishes the output (a file's last bytes, a line's drain).
 */
public interface Sink extends Closeable {
    void write(short[] samples, int offset, int length) throws IOException;
}
