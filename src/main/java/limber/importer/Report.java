package limber.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import limber.routine.Routine;
import limber.routine.Step;

/**
 * How an article was read: a summary and one note per line that was dropped or used in a way
 * worth knowing, in line order.
 *
 * <pre>
 * imported back.txt: 6 stretches, 11 holds (10 with a side label), 2 intro lines, hold options 15, 30, 45 s from the article, 17 lines dropped
 *   back.txt:2: dropped (not an instruction): "Back spasms can be debilitating, but moving in th..."
 * </pre>
 */
public record Report(Routine routine, boolean holdOptionsFromArticle, List<Note> notes) {
    public Report {
        notes = List.copyOf(notes);
    }

    /** Lines left out entirely (a dropped stretch counts its heading). */
    public int droppedLines() {
        return (int) notes.stream()
                .filter(n -> n.kind() == Note.Kind.DROPPED || n.kind() == Note.Kind.STRETCH_DROPPED).count();
    }

    /** The report as text lines, each note named {@code ARTICLE:LINE:}. */
    public List<String> lines(String article) {
        long labelled = routine.stretches().stream().flatMap(s -> s.steps().stream())
                .filter(s -> s instanceof Step.Hold h && h.label() != null).count();
        List<String> out = new ArrayList<>();
        out.add("imported " + article + ": " + count(routine.stretches().size(), "stretch", "stretches")
                + ", " + count(routine.holds(), "hold", "holds") + " (" + labelled + " with a side label), "
                + count(routine.intro().size(), "intro line", "intro lines") + ", hold options "
                + routine.holdOptions().stream().map(o -> String.valueOf(o.seconds())).collect(Collectors.joining(", "))
                + " s " + (holdOptionsFromArticle ? "from the article" : "(the defaults)") + ", "
                + count(droppedLines(), "line dropped", "lines dropped"));
        for (Note n : notes) {
            out.add("  " + article + (n.line() > 0 ? ":" + n.line() : "") + ": " + n.message());
        }
        return out;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
