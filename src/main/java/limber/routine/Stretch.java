package limber.routine;

import java.util.List;

/** A named stretch: at least one step. */
public record Stretch(String name, List<Step> steps) {
    public Stretch {
        steps = List.copyOf(steps);
    }
}
