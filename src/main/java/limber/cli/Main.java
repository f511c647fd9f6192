package limber.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import limber.routine.Messages;
import limber.timeline.SessionTooLongException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** {@code limber COMMAND [options]}: parses, dispatches, and turns failures into exit codes. */
public final class Main {
    static final String USAGE = "usage: limber COMMAND [options]  (play, export, check, import, list, voices, cache; COMMAND --help for each)";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /** The whole CLI in-process: {@code env} stands for the environment variables. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? Failure.USAGE : 0;
        }
        Command command = Command.named(args[0]);
        if (command == null) {
            String near = Messages.suggest(args[0], Command.NAMES);
            near = near == null ? "" : " (did you mean " + Messages.quote(near) + "?)";
            err.println("limber: unknown command " + Messages.quote(args[0]) + near + "; " + USAGE.substring(7));
            return Failure.USAGE;
        }
        Context context = new Context(System.in, out, err, env);
        try {
            Options options = command.options();
            options.addOption(null, "help", false, "show this help");
            CommandLine line;
            try {
                line = DefaultParser.builder().build().parse(options, Arrays.copyOfRange(args, 1, args.length));
            } catch (ParseException e) {
                throw Failure.usage(args[0] + ": " + e.getMessage());
            }
            if (line.hasOption("help")) {
                HelpFormatter help = new HelpFormatter();
                help.setWidth(100);
                try (var w = new java.io.PrintWriter(out, true)) {
                    help.printHelp(w, 100, "limber " + args[0] + " " + command.synopsis(), command.summary(),
                            options, 2, 4, "", false);
                }
                return 0;
            }
            return command.run(line, context);
        } catch (Failure f) {
            err.println("limber: " + f.getMessage());
            return f.status();
        } catch (SessionTooLongException e) {
            // commands that know the script name say so themselves; this is the backstop
            err.println("limber: " + e.getMessage());
            return Failure.USAGE;
        } catch (OutOfMemoryError e) {
            err.println("limber: out of memory");
            return Failure.RUNTIME;
        } catch (RuntimeException e) {
            err.println("limber: internal error: " + e);
            return Failure.RUNTIME;
        }
    }
}
