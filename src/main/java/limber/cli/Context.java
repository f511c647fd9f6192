package limber.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** What a command may touch: its standard streams and the environment. */
record Context(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
}
