package limber.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import limber.routine.Routine;
import limber.speech.CacheDirectory;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code limber cache info|clear|warm SCRIPT}. */
final class CacheCommand implements Command {
    @Override
    public String synopsis() {
        return "info | clear | warm SCRIPT...";
    }

    @Override
    public String summary() {
        return "Show, empty, or fill the audio cache (warm: every line of the scripts at every hold option).";
    }

    @Override
    public Options options() {
        return Choices.speechOptions();
    }

    @Override
    public int run(CommandLine line, Context context) throws Failure {
        var args = line.getArgList();
        if (args.isEmpty()) {
            throw Failure.usage("cache: expected info, clear or warm SCRIPT...");
        }
        Path dir = Choices.cacheDir(line, context);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw Failure.usage(dir + ": not a folder (the audio cache is a folder: --cache-dir DIR)");
        }
        try {
            switch (args.get(0)) {
                case "info" -> {
                    if (args.size() != 1) {
                        throw Failure.usage("cache info: takes no arguments, got " + args.subList(1, args.size()));
                    }
                    if (!Files.exists(dir)) {
                        context.out().println(dir + ": no audio cache (the folder does not exist; export, play and cache warm make it)");
                        return 0;
                    }
                    CacheDirectory.Stats s = CacheDirectory.stats(dir);
                    context.out().printf(Locale.ROOT, "%s: %d entries, %.1f MB%s%n", dir, s.entries(), s.bytes() / 1e6,
                            s.leftovers() == 0 ? "" : ", " + s.leftovers() + " leftover temporary files");
                }
                case "clear" -> {
                    if (args.size() != 1) {
                        throw Failure.usage("cache clear: takes no arguments, got " + args.subList(1, args.size()));
                    }
                    context.out().println(dir + ": deleted " + CacheDirectory.clear(dir) + " files");
                }
                case "warm" -> {
                    if (args.size() < 2) {
                        throw Failure.usage("cache warm: expected at least one SCRIPT");
                    }
                    String unwritable = CacheDirectory.unwritable(dir);
                    if (unwritable != null) {
                        throw Failure.runtime("cache warm: cannot write the audio cache " + dir + ": " + unwritable);
                    }
                    var narrators = Choices.narrator(line, context);
                    // a write that fails later (a full disk) has been warned about once: say no "cached"
                    int status = 0;
                    for (String script : args.subList(1, args.size())) {
                        try {
                            Routine r = Scripts.load(script);
                            var speech = Choices.narrator(line, context, true, r.language(), narrators);
                            CheckCommand.timelines(script, r, speech, speech.sampleRate());
                            if (speech.warned()) {
                                return Failure.RUNTIME;
                            }
                            context.out().println(script + ": cached");
                        } catch (Failure f) {
                            context.err().println("limber: " + f.getMessage());
                            status = Math.max(status, f.status());
                        }
                    }
                    return status;
                }
                default -> throw Failure.usage("cache: unknown action \"" + args.get(0) + "\" (expected info, clear or warm)");
            }
            return 0;
        } catch (IOException e) {
            throw Choices.io(dir.toString(), e);
        }
    }
}
