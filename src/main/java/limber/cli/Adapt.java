package limber.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalInt;
import limber.history.History;
import limber.history.Learned;
import limber.routine.HoldOption;
import limber.routine.Routine;
import org.apache.commons.cli.CommandLine;

/**
 * {@code play --adapt}: the hold length to start from, read from the session log
 * ({@link Learned}), within the routine's shortest and longest hold options.
 */
final class Adapt {
    private Adapt() {
    }

    /**
     * The hold length the routine's last session ended with, or null when the log has none (or
     * cannot be read, said in one line on stderr) or the routine has no chosen holds (said too).
     *
     * @throws Failure for {@code --adapt} with {@code --hold}: both set the hold length
     */
    static Integer hold(CommandLine line, Context context, Routine routine, String script) throws Failure {
        if (line.hasOption("hold")) {
            throw Failure.usage("--adapt and --hold both set the hold length: give one of them");
        }
        if (routine.chosenHolds() == 0) {
            context.err().println("limber: --adapt is ignored: " + script + " has no \"hold\": true step, only fixed holds");
            return null;
        }
        Path file = HistoryCommand.logFile(context);
        if (file == null) {
            context.err().println("limber: --adapt: neither XDG_DATA_HOME nor HOME is set: no session log to read");
            return null;
        }
        OptionalInt learned;
        try {
            History.Read read = History.at(file, Clock.systemUTC()).read();
            read.skipped().forEach(s -> context.err().println("limber: warning: " + s));
            learned = Learned.hold(read.sessions(), routine.title());
        } catch (IOException e) {
            context.err().println("limber: --adapt: cannot read the session log " + file + ": " + e.getMessage());
            return null;
        }
        if (learned.isEmpty()) {
            return null;
        }
        int shortest = routine.holdOptions().stream().mapToInt(HoldOption::seconds).min().orElse(Routine.MIN_HOLD);
        int longest = routine.holdOptions().stream().mapToInt(HoldOption::seconds).max().orElse(Routine.MAX_HOLD);
        return Math.max(shortest, Math.min(longest, learned.getAsInt()));
    }
}
