package limber.cli;

import java.io.IOException;
import java.util.List;
import limber.speech.Voice;
import limber.speech.engines.Engines;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * {@code limber voices}: every usable voice (id, language, sample rate, licence), the default and
 * the recommended one marked, and the install line of each engine that is missing.
 */
final class VoicesCommand implements Command {
    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "List the narrator voices: engine:voice, language, sample rate, licence; and how to install the missing engines.";
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
        Engines engines = Engines.on(context.env().get("PATH"));
        List<Voice> voices;
        try {
            voices = engines.installed();
        } catch (IOException e) {
            throw Choices.io("voices", e);
        }
        String recommended = engines.recommended(voices).id();
        int width = voices.stream().mapToInt(v -> v.id().length()).max().orElse(0) + 2;
        for (Voice v : voices) {
            String mark = v.equals(Engines.KEVIN16) ? "  (default)" : "";
            if (v.id().equals(recommended)) {
                mark += "  (recommended)";
            }
            context.out().println(pad(v.id(), width) + pad(v.language(), 12) + pad(v.sampleRate() + " Hz", 10)
                    + v.licence() + mark);
        }
        context.out().println();
        context.out().println("recommended: " + recommended + " (understood best in the README's intelligibility table)");
        for (Engines.Missing m : engines.missing()) {
            context.out().println("not installed: " + m.title() + " (" + m.program() + "): " + m.install());
        }
        return 0;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
