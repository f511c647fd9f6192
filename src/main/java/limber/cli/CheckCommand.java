package limber.cli;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import limber.audio.Clip;
import limber.routine.HoldOption;
import java.util.ArrayList;
import java.util.List;
import limber.routine.Routine;
import limber.routine.RoutineLoader;
import limber.words.SpeechText;
import limber.session.Session;
import limber.speech.Narrator;
import limber.timeline.SessionOptions;
import limber.timeline.SessionTooLongException;
import limber.timeline.Timeline;
import limber.timeline.TimelineCompiler;
import org.apache.commons.cli.CommandLine;

/** {@code limber check SCRIPT...}: validates, and prints each routine's summary. */
final class CheckCommand implements Command {
    @Override
    public String synopsis() {
        return "SCRIPT...";
    }

    @Override
    public String summary() {
        return "Validate routine scripts and print stretches, holds, spoken lines and the length at each hold option.";
    }

    @Override
    public org.apache.commons.cli.Options options() {
        org.apache.commons.cli.Options o = new org.apache.commons.cli.Options();
        Choices.addSpeech(o);
        return o;
    }

    @Override
    public int run(CommandLine line, Context context) throws Failure {
        if (line.getArgList().isEmpty()) {
            throw Failure.usage("check: expected at least one SCRIPT");
        }
        Choices.Speech narrator = Choices.narrator(line, context, false);
        int status = 0;
        for (String script : line.getArgList()) {
            try {
                List<RoutineLoader.Located> texts = new ArrayList<>();
                Routine routine = Scripts.load(script, texts::add);
                // the script is valid: say what a voice would make of it (in its language), then the summary
                for (RoutineLoader.Located t : texts) {
                    String problem = SpeechText.problem(t.text(), routine.language());
                    if (problem != null) {
                        context.err().println("limber: warning: " + t.where() + ": " + t.subject() + " \""
                                + t.text().replaceAll("\\s+", " ") + "\" " + problem);
                    }
                }
                Choices.Speech speech = Choices.narrator(line, context, false, routine.language(), narrator);
                context.out().print(summary(script, routine, speech));
            } catch (Failure f) {
                context.err().println("limber: " + f.getMessage());
                status = Math.max(status, f.status());
            }
        }
        return status;
    }

    static String summary(String script, Routine routine, Choices.Speech narrator) throws Failure {
        Map<String, Timeline> byOption = timelines(script, routine, narrator, narrator.sampleRate());
        Timeline standard = byOption.get(String.valueOf(routine.defaultHold()));
        StringBuilder sb = new StringBuilder();
        sb.append(script).append(": ok: \"").append(routine.title()).append("\"\n")
                .append("  language: ").append(routine.language()).append(" (voice ").append(narrator.voice().id()).append(")\n")
                .append("  stretches: ").append(routine.stretches().size()).append('\n')
                .append("  holds: ").append(routine.holds()).append(" (").append(routine.chosenHolds())
                .append(" at the chosen length)\n")
                .append("  spoken lines: ").append(standard.spokenLines()).append(" at ")
                .append(routine.defaultHold()).append(" s holds\n");
        if (routine.breathHolds() > 0) {
            sb.append("  holds in breaths: ").append(routine.breathHolds()).append(", at ")
                    .append(Routine.seconds(routine.breath())).append(" s a breath: ").append(breathHolds(routine)).append('\n');
        }
        if (routine.ready()) {
            sb.append("  ready: play waits before each hold until you are in position\n");
        }
        if (routine.checkIn()) {
            sb.append("  check-in: play asks after each hold how it felt\n");
        }
        if (routine.safety() != null) {
            sb.append("  safety: ").append(routine.safety()).append('\n');
        }
        for (HoldOption option : routine.holdOptions()) {
            Timeline t = byOption.get(String.valueOf(option.seconds()));
            sb.append("  length at ").append(option.seconds()).append(" s holds: ")
                    .append(t == null ? "over " + Routine.MAX_SESSION_SECONDS / 3600 + " hours, too long to play"
                            : t.formatTime(t.length()))
                    .append(" (").append(option.label())
                    .append(option.seconds() == routine.defaultHold() ? ", the default" : "").append(")\n");
        }
        return sb.toString();
    }

    /** "5 breaths (25 s), 8 breaths (40 s)": each length of hold in breaths, in the routine's order. */
    private static String breathHolds(Routine routine) {
        Set<Integer> counts = new LinkedHashSet<>();
        routine.stretches().forEach(s -> s.steps().forEach(step -> {
            if (step instanceof limber.routine.Step.Hold h && h.breaths() != null) {
                counts.add(h.breaths());
            }
        }));
        List<String> out = new ArrayList<>();
        for (int n : counts) {
            out.add(n + (n == 1 ? " breath (" : " breaths (") + Routine.seconds(routine.breathHoldSeconds(n)) + " s)");
        }
        return String.join(", ", out);
    }

    /**
     * The timeline at each hold option and at the default, synthesized once for all of them. A
     * hold option whose session would be too long maps to null; the default hold's being too
     * long fails the script.
     */
    static Map<String, Timeline> timelines(String script, Routine routine, Supplier<Narrator> narrator, int rate)
            throws Failure {
        Set<Integer> holds = new LinkedHashSet<>();
        holds.add(routine.defaultHold());
        routine.holdOptions().forEach(o -> holds.add(o.seconds()));
        Set<String> texts = new LinkedHashSet<>();
        Map<String, Timeline> out = new java.util.LinkedHashMap<>();
        for (int h : holds) {
            try {
                texts.addAll(TimelineCompiler.texts(routine, SessionOptions.defaults(h), rate));
            } catch (SessionTooLongException e) {
                tooLong(script, routine, h, e, out);
            }
        }
        try (Narrator n = narrator.get()) {
            Map<String, Clip> clips = Session.synthesize(texts.stream().toList(), n);
            for (int h : holds) {
                if (out.containsKey(String.valueOf(h))) {
                    continue;
                }
                try {
                    out.put(String.valueOf(h), TimelineCompiler.compile(routine, SessionOptions.defaults(h), rate, t -> clips.get(t).length()));
                } catch (SessionTooLongException e) {
                    tooLong(script, routine, h, e, out);
                }
            }
            return out;
        } catch (IOException e) {
            throw Choices.io("speech", e);
        }
    }

    private static void tooLong(String script, Routine routine, int hold, SessionTooLongException e,
                                Map<String, Timeline> out) throws Failure {
        if (hold == routine.defaultHold()) {
            throw Failure.usage(script + ": " + e.getMessage());
        }
        out.put(String.valueOf(hold), null);
    }
}
