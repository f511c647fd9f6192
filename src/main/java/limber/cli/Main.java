package limber.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import limber.routine.Messages;
import limber.timeline.SessionTooLongException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** {@code limber COMMAND [options]}: parses, dispatches, and turns failures into exit codes. */
public final class Main {
    static final String USAGE = "usage: limber COMMAND [options]  (play, export, check, import, list, voices, cache, history; "
            + "limber help [COMMAND], limber --version)";

    private Main() {
    }

    /** {@code limber help}: the overview; {@code limber help COMMAND}: as {@code COMMAND --help}. */
    private static int help(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            out.print(overview());
            return 0;
        }
        if (args.length > 1) {
            err.println("limber: help: expected at most one COMMAND, got " + Arrays.asList(args));
            return Failure.USAGE;
        }
        Command command = Command.named(args[0]);
        if (command == null) {
            err.println(unknown(args[0]));
            return Failure.USAGE;
        }
        Options options = command.options();
        options.addOption(null, "help", false, "show this help");
        printHelp(args[0], command, options, out);
        return 0;
    }

    private static void printHelp(String name, Command command, Options options, PrintStream out) {
        HelpFormatter help = new HelpFormatter();
        help.setWidth(100);
        PrintWriter w = new PrintWriter(out, true);
        help.printHelp(w, 100, "limber " + name + " " + command.synopsis(), command.summary(), options, 2, 4, "", false);
        w.flush();
    }

    /** Every command with its synopsis and summary. */
    static String overview() {
        StringBuilder sb = new StringBuilder("usage: limber COMMAND [options]\n\ncommands:\n");
        for (String name : Command.NAMES) {
            Command c = Command.named(name);
            sb.append("  ").append((name + " " + c.synopsis()).strip()).append('\n')
                    .append("      ").append(c.summary()).append('\n');
        }
        return sb.append("  help [COMMAND]\n      This list, or a command's options (the same as COMMAND --help).\n")
                .append("\nlimber --version prints the version.\n").toString();
    }

    private static String unknown(String name) {
        List<String> names = new ArrayList<>(Command.NAMES);
        names.add("help");
        String near = Messages.suggest(name, names);
        return "limber: unknown command " + Messages.quote(name)
                + (near == null ? "" : " (did you mean " + Messages.quote(near) + "?)") + "; " + USAGE.substring(7);
    }

    /**
     * Refuses an option that takes a value given more than once ({@code --hold 20 --hold 40}):
     * Commons CLI would keep the first silently, and which one the user meant is a guess.
     */
    private static void onlyOnce(String command, Options options, CommandLine line) throws Failure {
        for (Option o : options.getOptions()) {
            String[] values = o.hasArg() ? line.getOptionValues(o) : null;
            if (values != null && values.length > 1) {
                String name = o.getOpt() != null ? "-" + o.getOpt() : "--" + o.getLongOpt();
                List<String> quoted = Arrays.stream(values).map(Messages::quote).toList();
                throw Failure.usage(command + ": " + name + " is given " + values.length + " times ("
                        + String.join(", ", quoted) + "); give it once");
            }
        }
    }

    /** The version Maven built, from a resource it filled in; "unknown" when run from elsewhere. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/limber/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // reported as unknown
        }
        return "unknown";
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /** The whole CLI in-process: {@code env} stands for the environment variables. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        if (args.length == 0) {
            err.println(USAGE);
            return Failure.USAGE;
        }
        switch (args[0]) {
            case "--help", "-h" -> {
                out.print(overview());
                return 0;
            }
            case "--version" -> {
                out.println("limber " + version());
                return 0;
            }
            case "help" -> {
                return help(Arrays.copyOfRange(args, 1, args.length), out, err);
            }
            default -> {
                // a command, below
            }
        }
        Command command = Command.named(args[0]);
        if (command == null) {
            err.println(unknown(args[0]));
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
                printHelp(args[0], command, options, out);
                return 0;
            }
            onlyOnce(args[0], options, line);
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
