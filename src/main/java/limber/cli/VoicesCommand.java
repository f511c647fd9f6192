package limber.cli;

import limber.speech.FreeTtsNarrator;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code limber voices}: the installed voices, the default marked. */
final class VoicesCommand implements Command {
    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "List the installed narrator voices.";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(CommandLine line, Context context) throws Failure {
        if (!line.getArgList().isEmpty()) {
            throw Failure.usage("voices: takes no arguments, got " + line.getArgList());
        }
        for (String v : FreeTtsNarrator.voices()) {
            context.out().println(v + "\tfreetts" + (v.equals(Choices.DEFAULT_VOICE) ? "\t(default)" : ""));
        }
        return 0;
    }
}
