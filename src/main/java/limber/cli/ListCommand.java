package limber.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import limber.routine.Routine;
import limber.speech.Narrator;
import limber.timeline.Timeline;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code limber list [DIR]}: the routines with title and length at their default hold. */
final class ListCommand implements Command {
    @Override
    public String synopsis() {
        return "[DIR]";
    }

    @Override
    public String summary() {
        return "List the routines in scripts/ (or DIR, or the built-in ones) with title and length.";
    }

    @Override
    public Options options() {
        return Choices.speechOptions();
    }

    @Override
    public int run(CommandLine line, Context context) throws Failure {
        if (line.getArgList().size() > 1) {
            throw Failure.usage("list: expected at most one DIR, got " + line.getArgList());
        }
        Choices.Speech narrator = Choices.narrator(line, context, false);
        java.util.List<String> names = new java.util.ArrayList<>();
        Path dir = Path.of(line.getArgList().isEmpty() ? "scripts" : line.getArgList().get(0));
        if (line.getArgList().isEmpty() && !java.nio.file.Files.isDirectory(dir)) {
            names.addAll(Scripts.SHIPPED);
        } else {
            for (Path p : Scripts.in(dir)) {
                names.add(p.toString());
            }
        }
        int status = 0;
        for (String name : names) {
            try {
                Routine r = Scripts.load(name);
                Choices.Speech speech = Choices.narrator(line, context, false, r.language(), narrator);
                Timeline t = CheckCommand.timelines(name, r, speech, speech.sampleRate()).get(String.valueOf(r.defaultHold()));
                context.out().println(name + "\t" + r.title() + "\t" + t.formatTime(t.length())
                        + " at " + r.defaultHold() + " s holds");
            } catch (Failure f) {
                context.err().println("limber: " + f.getMessage());
                status = Math.max(status, f.status());
            }
        }
        return status;
    }
}
