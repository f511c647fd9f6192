package limber.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import limber.history.History;
import limber.history.Summary;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code limber history [--last N] [--export FILE.csv [--force]]}: the session log read back. */
final class HistoryCommand implements Command {
    static final int DEFAULT_LAST = 10;

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "The last sessions played and, per routine, the holds shortened or skipped (from the session log).";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("last").hasArg().argName("N").desc("how many sessions to list (default "
                + DEFAULT_LAST + ")").build());
        o.addOption(Option.builder().longOpt("export").hasArg().argName("FILE.csv").desc("every hold of every session as CSV").build());
        o.addOption(Option.builder().longOpt("force").desc("overwrite the CSV file").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Context context) throws Failure {
        if (!line.getArgList().isEmpty()) {
            throw Failure.usage("history: expected no arguments, got " + line.getArgList());
        }
        int last = DEFAULT_LAST;
        if (line.hasOption("last")) {
            String v = line.getOptionValue("last");
            try {
                last = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                last = 0;
            }
            if (last < 1) {
                throw Failure.usage("--last must be a whole number 1 or more, got \"" + v + "\"");
            }
        }
        Path export = line.hasOption("export") ? Args.path(line.getOptionValue("export"), "--export") : null;
        Path file = logFile(context);
        if (file == null) {
            throw Failure.usage("history: neither XDG_DATA_HOME nor HOME is set: no session log to read");
        }
        History history = History.at(file, Clock.systemUTC());
        try {
            History.Read read = history.read();
            read.skipped().forEach(s -> context.err().println("limber: warning: " + s));
            if (export != null) {
                Summary.writeCsv(export, read.sessions(), line.hasOption("force"));
                context.out().println("wrote " + export + ": " + read.sessions().size() + " sessions");
                return 0;
            }
            context.out().print(Summary.text(read.sessions(), last, ZoneId.systemDefault()));
            return 0;
        } catch (FileAlreadyExistsException e) {
            throw Failure.usage(export + ": file exists (use --force to overwrite)");
        } catch (IOException e) {
            throw Failure.runtime("history: " + e.getMessage());
        }
    }

    /** The session log of this user ({@code $XDG_DATA_HOME}, else {@code $HOME/.local/share}); null without either. */
    static Path logFile(Context context) {
        return History.defaultFile(context.env());
    }
}
