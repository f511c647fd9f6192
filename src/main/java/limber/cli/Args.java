package limber.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;

/** Positional arguments and paths, checked. */
final class Args {
    private Args() {
    }

    /** Exactly one positional argument. */
    static String one(CommandLine line, String command, String name) throws Failure {
        if (line.getArgList().size() != 1) {
            throw Failure.usage(command + ": expected one " + name + (line.getArgList().isEmpty() ? "" : ", got " + line.getArgList()));
        }
        return line.getArgList().get(0);
    }

    /** The file {@code -o} names; {@code missing} is the one line when there is no {@code -o}. */
    static Path output(CommandLine line, String missing) throws Failure {
        if (!line.hasOption("output")) {
            throw Failure.usage(missing);
        }
        return path(line.getOptionValue("output"), "-o");
    }

    static Path path(String value, String option) throws Failure {
        try {
            if (value.isBlank()) {
                throw Failure.usage(option + ": empty file name");
            }
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw Failure.usage(option + ": invalid file name: " + e.getReason());
        }
    }
}
