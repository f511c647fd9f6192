package limber.timeline;

import java.util.ArrayList;
import java.util.List;
import limber.routine.Routine;
import limber.routine.Step;
import limber.routine.Stretch;
import limber.words.Catalogue;

/**
 * Compiles a routine into a {@link Timeline}. Pure: the only input from outside is
 * {@link Lengths}, the measured length of each utterance.
 *
 * <p>Order: title, intro, hold length; for each stretch "Stretch 2 of 6: Thread the needle." and
 * its steps; a hold is a settle pause, "Hold for 30 seconds.", the start earcon, exactly the hold
 * (countdown marks spoken inside it where they fit), the end earcon and "Release."; a rest that
 * names the next stretch between stretches; a closing line.
 *
 * <p>A hold in breaths ({@code {"hold": true, "breaths": 5}}) is announced in breaths ("Hold for 5
 * breaths.") and lasts exactly {@code breaths} times a breath ({@link Routine#breath()} at the
 * rate, rounded to the sample). Inside it a cue starts each breath ("breathe in") at exactly
 * {@code k} breaths from the hold's start and another at exactly half a breath later ("breathe
 * out", the half rounded down to the sample): the first breath's cues are the tone followed by the
 * words ("Breathe in."), where both fit before the next cue (else the words alone, else the tone
 * alone), the later breaths' the tone alone; without earcons every cue is the words, where they
 * fit. The countdown wins: a breath cue that would sound over a countdown mark or within
 * {@link BreathCues#GUARD_MILLIS} ms of one is left out. Cues never move the hold's end.
 */
public final class TimelineCompiler {

    /** The measured length in samples of {@code text} spoken by the narrator. */
    @FunctionalInterface
    public interface Lengths {
        long samples(String text);
    }

    /** The English closing line and release (what the tests of English sessions compare with). */
    public static final String CLOSING = Catalogue.ENGLISH.closing();
    public static final String RELEASE = Catalogue.ENGLISH.release();

    private final Routine routine;
    private final SessionOptions options;
    private final int rate;
    private final Lengths lengths;
    /** What the session says on its own, in the routine's language. */
    private final Catalogue words;
    private final List<Event> events = new ArrayList<>();
    private final List<Long> unitStarts = new ArrayList<>();
    private final List<Timeline.Span> holds = new ArrayList<>();
    private final List<Timeline.Chapter> chapters = new ArrayList<>();
    /** Words a breath cue may say with other utterance lengths ({@link Timeline#texts()}). */
    private final java.util.Set<String> mayAlsoSay = new java.util.LinkedHashSet<>();
    private long position;
    private int stretch;

    private TimelineCompiler(Routine routine, SessionOptions options, int rate, Lengths lengths) {
        this.words = Catalogue.of(routine.language());
        this.routine = routine;
        this.options = options;
        this.rate = rate;
        this.lengths = lengths;
    }

    /**
     * @throws SessionTooLongException the session would last longer than
     *     {@link Routine#MAX_SESSION_SECONDS}
     * @param rate samples a second, the narrator's voice's (see {@link Timeline#rate()})
     * @throws IllegalArgumentException {@code options.fromStretch()} is past the last stretch, or
     *     {@code rate} is not positive
     */
    public static Timeline compile(Routine routine, SessionOptions options, int rate, Lengths lengths) {
        if (rate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + rate);
        }
        if (options.fromStretch() > routine.stretches().size()) {
            throw new IllegalArgumentException("--from must be 1.." + routine.stretches().size()
                    + " (the routine has " + routine.stretches().size() + " stretches), got " + options.fromStretch());
        }
        return new TimelineCompiler(routine, options, rate, lengths).run();
    }

    /**
     * Every text the timeline may speak with these options (a superset where marks are dropped).
     * Compiles with silent speech, so a session too long even without it fails here, before any
     * synthesis.
     */
    public static List<String> texts(Routine routine, SessionOptions options, int rate) {
        return compile(routine, options, rate, text -> 0).texts();
    }

    /** In English: "Hold for 30 seconds." or "Hold for 30 seconds, left side." */
    public static String holdAnnouncement(int seconds, String label) {
        return Catalogue.ENGLISH.hold(seconds, label);
    }

    /** In English: "Each hold lasts 30 seconds." */
    public static String holdLength(int seconds) {
        return Catalogue.ENGLISH.holdLength(seconds);
    }

    /** In English: what a countdown mark says ({@link #markText(Catalogue, int)}). */
    public static String markText(int secondsLeft) {
        return markText(Catalogue.ENGLISH, secondsLeft);
    }

    /** What a countdown mark says: "10 seconds left" from 5 up, the bare number below. */
    public static String markText(Catalogue words, int secondsLeft) {
        return words.mark(secondsLeft, secondsLeft >= 5);
    }

    private Timeline run() {
        int total = routine.stretches().size();
        newUnit();
        say(sentence(routine.title()));
        if (options.fromStretch() == 1) {
            for (String line : routine.intro()) {
                newUnit();
                say(line);
            }
        }
        if (routine.chosenHolds() > 0) { // with fixed holds only, no choice to announce
            newUnit();
            say(words.holdLength(options.holdSeconds()));
        }
        for (int i = options.fromStretch(); i <= total; i++) {
            Stretch s = routine.stretches().get(i - 1);
            stretch = i;
            newUnit();
            chapters.add(new Timeline.Chapter(i, s.name(), position));
            say(words.stretch(i, total, sentence(s.name())));
            for (Step step : s.steps()) {
                newUnit();
                step(step);
            }
            if (i < total && routine.restBetweenStretches() > 0) {
                newUnit();
                say(words.restNext(sentence(routine.stretches().get(i).name())), false);
                silence(samples(routine.restBetweenStretches()));
            }
        }
        newUnit();
        say(words.closing(), false);
        if (position > samples(Routine.MAX_SESSION_SECONDS)) {
            throw new SessionTooLongException(position, rate, options.holdSeconds());
        }
        long[] starts = unitStarts.stream().mapToLong(Long::longValue).toArray();
        return new Timeline(rate, events, starts, holds, chapters, words, List.copyOf(mayAlsoSay));
    }

    private void step(Step step) {
        if (step instanceof Step.Say s) {
            say(s.text());
            silence(Math.round(s.pauseSeconds() * rate));
        } else if (step instanceof Step.Hold h && h.breaths() != null) {
            long breath = breathSamples();
            hold(words.holdBreaths(h.breaths(), h.label()), h.breaths() * breath, h.breaths(), breath);
        } else if (step instanceof Step.Hold h) {
            int secs = h.seconds() == null ? options.holdSeconds() : h.seconds();
            hold(words.hold(secs, h.label()), samples(secs), 0, 0);
        } else if (step instanceof Step.Rest r) {
            say(words.rest(r.seconds()), false);
            silence(samples(r.seconds()));
            silence(options.pace().gapSamples(rate));
        }
    }

    /** One breath in samples: the routine's breath (in tenths of a second) at the rate, rounded to the sample. */
    private long breathSamples() {
        return Math.round(Math.round(routine.breath() * 10) * (double) rate / 10);
    }

    /**
     * A hold of {@code length} samples announced by {@code announcement}; with {@code breaths} above 0,
     * breath cues {@code breath} samples apart inside it.
     */
    private void hold(String announcement, long length, int breaths, long breath) {
        silence(samples(routine.settle()));
        say(announcement, false);
        tone(Earcon.HOLD_START);
        long start = position;
        long end = start + length;
        List<Cue> cues = marks(start, end);
        if (breaths > 0) {
            cues = new BreathCues(rate, options.earcons(), words, lengths).around(cues, start, breaths, breath);
            mayAlsoSay.add(words.breatheIn());
            mayAlsoSay.add(words.breatheOut());
        }
        for (Cue c : cues) {
            silence(c.start() - position);
            if (c.tone() != null) {
                tone(c.tone());
            }
            if (c.text() != null) {
                say(c.text(), false);
            }
        }
        silence(end - position);
        holds.add(new Timeline.Span(start, end, unitStarts.size() - 1));
        tone(Earcon.HOLD_END);
        say(words.release());
    }

    /** Countdown marks inside [start, end), latest first kept: one that does not fit is dropped. */
    private List<Cue> marks(long start, long end) {
        List<Cue> kept = new ArrayList<>();
        if (options.countdown() == CountdownStyle.OFF) {
            return kept;
        }
        long limit = end;
        List<Integer> ascending = new ArrayList<>(routine.countdown());
        ascending.sort(null);
        for (int left : ascending) {
            long at = end - samples(left);
            if (at <= start) {
                continue; // at or before the hold's first instant: nothing to count down
            }
            String text = options.countdown() == CountdownStyle.VOICE ? markText(words, left) : null;
            long length = text == null ? Earcon.TICK.samples(rate) : lengths.samples(text);
            if (at + length <= limit) {
                // a tick is a tone only with earcons on; off, it is silence, as it always was
                kept.add(0, new Cue(at, text == null ? Earcon.TICK : null, text, length));
                limit = at;
            }
        }
        return kept;
    }

    private long samples(long seconds) {
        return seconds * rate;
    }

    private void newUnit() {
        unitStarts.add(position);
    }

    private void say(String text) {
        say(text, true);
    }

    /** Speaks {@code text}, then the pace's gap when {@code gap}. */
    private void say(String text, boolean gap) {
        long length = lengths.samples(text);
        if (length < 0) {
            throw new IllegalArgumentException("negative length for \"" + text + "\"");
        }
        add(new Event.Speech(position, length, unit(), stretch, text));
        if (gap) {
            silence(options.pace().gapSamples(rate));
        }
    }

    private void tone(Earcon earcon) {
        if (options.earcons()) {
            add(new Event.Tone(position, earcon.samples(rate), unit(), stretch, earcon));
        }
    }

    private void silence(long length) {
        if (length > 0) {
            add(new Event.Silence(position, length, unit(), stretch));
        }
    }

    private int unit() {
        return unitStarts.size() - 1;
    }

    private void add(Event e) {
        events.add(e);
        position = e.end();
    }

    private static String sentence(String s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' ? s : s + ".";
    }
}
