package limber.cli;

import java.io.PrintStream;
import java.util.Map;

/** What a command may touch: its output streams and the environment. */
record Context(PrintStream out, PrintStream err, Map<String, String> env) {
}
