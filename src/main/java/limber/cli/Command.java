package limber.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One subcommand: its options, and what it does with them. */
interface Command {
    String synopsis();

    String summary();

    /** A fresh set of options (the caller adds --help). */
    Options options();

    /** Runs the command; returns the exit status or throws a {@link Failure}. */
    int run(CommandLine line, Context context) throws Failure;

    java.util.List<String> NAMES = java.util.List.of("play", "export", "check", "import", "list", "voices", "cache",
            "history");

    static Command named(String name) {
        return switch (name) {
            case "export" -> new ExportCommand();
            case "check" -> new CheckCommand();
            case "list" -> new ListCommand();
            case "voices" -> new VoicesCommand();
            case "play" -> new PlayCommand();
            case "cache" -> new CacheCommand();
            case "import" -> new ImportCommand();
            case "history" -> new HistoryCommand();
            default -> null;
        };
    }
}
