package limber.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import limber.words.Catalogue;

/**
 * Where the breath cues of a hold in breaths go, among its countdown marks. A breath's cue is at
 * exactly its start ("breathe in") and at exactly half a breath later ("breathe out", the half
 * rounded down to the sample). Each is the first way of sounding it that ends by the next cue's
 * onset and keeps {@link #GUARD_MILLIS} clear of every countdown mark; one with no such way is
 * left out (the countdown wins, and the pace goes on). The ways, best first: for the first breath
 * the tone then the words, the words alone, the tone alone; for the later ones the tone; without
 * earcons, the words.
 *
 * <pre>{@code
 * // 2 breaths of 2 s at 16 kHz from sample 0, no marks, earcons on:
 * // [Cue[0, BREATHE_IN, "Breathe in."], Cue[16000, BREATHE_OUT, "Breathe out."],
 * //  Cue[32000, BREATHE_IN, null], Cue[48000, BREATHE_OUT, null]]
 * }</pre>
 */
final class BreathCues {
    /** Silence kept between a breath cue and a countdown mark, either way round. */
    static final int GUARD_MILLIS = 250;

    private final int rate;
    private final boolean earcons;
    private final Catalogue words;
    private final TimelineCompiler.Lengths lengths;

    BreathCues(int rate, boolean earcons, Catalogue words, TimelineCompiler.Lengths lengths) {
        this.rate = rate;
        this.earcons = earcons;
        this.words = words;
        this.lengths = lengths;
    }

    /**
     * The countdown {@code marks} with the cues of {@code breaths} breaths of {@code breath}
     * samples from {@code start}, in order of their start.
     */
    List<Cue> around(List<Cue> marks, long start, int breaths, long breath) {
        long guard = (long) rate * GUARD_MILLIS / 1000;
        List<Cue> all = new ArrayList<>(marks);
        for (int k = 0; k < breaths; k++) {
            long in = start + k * breath;
            long out = in + breath / 2;
            long next = in + breath;
            add(all, ways(in, out, Earcon.BREATHE_IN, words.breatheIn(), k == 0), marks, guard);
            add(all, ways(out, next, Earcon.BREATHE_OUT, words.breatheOut(), k == 0), marks, guard);
        }
        all.sort(Comparator.comparingLong(Cue::start));
        return all;
    }

    /** The ways of sounding one breath cue at {@code at}, best first, each ending by {@code by}. */
    private List<Cue> ways(long at, long by, Earcon tone, String text, boolean first) {
        long toneLength = tone.samples(rate);
        long textLength = lengths.samples(text);
        List<Cue> ways = new ArrayList<>();
        if (!earcons) {
            ways.add(new Cue(at, null, text, textLength));
        } else if (first) {
            ways.add(new Cue(at, tone, text, toneLength + textLength));
            ways.add(new Cue(at, null, text, textLength));
            ways.add(new Cue(at, tone, null, toneLength));
        } else {
            ways.add(new Cue(at, tone, null, toneLength));
        }
        ways.removeIf(c -> c.end() > by);
        return ways;
    }

    /** Adds to {@code all} the first of {@code ways} that keeps {@code guard} clear of every mark. */
    private static void add(List<Cue> all, List<Cue> ways, List<Cue> marks, long guard) {
        for (Cue w : ways) {
            if (marks.stream().noneMatch(m -> w.start() < m.end() + guard && m.start() < w.end() + guard)) {
                all.add(w);
                return;
            }
        }
    }
}
