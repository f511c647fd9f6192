package limber.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.routine.Step;
import limber.routine.Stretch;
import org.junit.jupiter.api.Test;

/** Holds in breaths in the compiler: their exact length, and the breath cues inside them. */
class BreathCuesTest {
    /** 100 samples a character: "Breathe in." is 1,100 samples, far less than half of any breath. */
    private static final TimelineCompiler.Lengths BY_CHARS = text -> 100L * text.length();
    private static final int SR = 16_000;

    private static Routine routine(double breath, List<Integer> countdown, Step... steps) {
        return routine("en", breath, countdown, steps);
    }

    private static Routine routine(String language, double breath, List<Integer> countdown, Step... steps) {
        return new Routine("Tiny", null, List.of(), List.of(new HoldOption(3, "short")), 3, 1, 1, countdown,
                List.of(new Stretch("Reach", List.of(steps))), language, false, breath);
    }

    private static SessionOptions options(int hold, CountdownStyle countdown, boolean earcons) {
        return new SessionOptions(hold, Pace.BRISK, countdown, earcons, 1);
    }

    /** The events that start inside the hold {@code span}, as the timeline prints them. */
    private static String inside(Timeline t, Timeline.Span span) {
        StringBuilder sb = new StringBuilder();
        for (String line : t.toString().split("\n")) {
            long start = Long.parseLong(line.split(" ")[2]);
            if (start >= span.start() && start < span.end()) {
                sb.append(line.substring(line.indexOf(' ', line.indexOf(' ') + 1) + 1)).append('\n');
            }
        }
        return sb.toString();
    }

    private static List<Long> onsets(Timeline t, Earcon earcon) {
        List<Long> out = new ArrayList<>();
        for (Event e : t.events()) {
            if (e instanceof Event.Tone tone && tone.earcon() == earcon) {
                out.add(e.start());
            }
        }
        return out;
    }

    @Test
    void aHoldOfThreeBreathsIsAnnouncedInBreathsAndCuedThus() {
        // breath 2 s = 32,000 samples, half of it 16,000; the tone is 11,200 (700 ms). The hold starts at 37,700:
        // title and gap 6,100, stretch and gap 7,800, settle 16,000, "Hold for 3 breaths, left side." 3,000, chime 4,800
        Timeline t = TimelineCompiler.compile(routine(2, List.of(), Step.Hold.inBreaths(3, "left side")),
                options(3, CountdownStyle.VOICE, true), SR, BY_CHARS);
        Timeline.Span span = t.holds().get(0);
        assertEquals(3 * 32_000, span.length());
        assertEquals("""
                37700 +11200 tone breathe_in
                48900 +1100 say "Breathe in."
                50000 +3700 silence
                53700 +11200 tone breathe_out
                64900 +1200 say "Breathe out."
                66100 +3600 silence
                69700 +11200 tone breathe_in
                80900 +4800 silence
                85700 +11200 tone breathe_out
                96900 +4800 silence
                101700 +11200 tone breathe_in
                112900 +4800 silence
                117700 +11200 tone breathe_out
                128900 +4800 silence
                """, inside(t, span));
        assertTrue(t.toString().contains(" say \"Hold for 3 breaths, left side.\"\n"), t.toString());
        assertEquals(span.end(), onsets(t, Earcon.HOLD_END).get(0));
    }

    @Test
    void holdInBreathsLastsBreathsTimesABreathToTheSampleAtEveryVoicesRate() {
        for (int rate : new int[] {16_000, 22_050, 24_000}) {
            for (double breath : new double[] {2, 4.5, 5, 6.3, 15}) {
                for (int breaths : new int[] {1, 2, 7, (int) (600 / breath)}) {
                    Timeline t = TimelineCompiler.compile(routine(breath, Routine.DEFAULT_COUNTDOWN,
                            Step.Hold.inBreaths(breaths, null)), options(3, CountdownStyle.VOICE, true), rate, BY_CHARS);
                    long one = Math.round(breath * rate);
                    assertEquals(Math.round(breath * 10) * rate / 10, one, "a breath is whole samples at " + rate);
                    assertEquals(breaths * one, t.holds().get(0).length(), breaths + " x " + breath + " s at " + rate);
                    Event end = t.events().get(t.eventAt(t.holds().get(0).end()));
                    assertEquals(Earcon.HOLD_END, ((Event.Tone) end).earcon());
                }
            }
        }
    }

    @Test
    void breathCuesStartAtExactlyEachBreathAndItsHalf() {
        int rate = 22_050;
        long breath = Math.round(4.5 * rate); // 99,225: an odd number, so the half is rounded down
        Timeline t = TimelineCompiler.compile(routine(4.5, List.of(), Step.Hold.inBreaths(6, null)),
                options(3, CountdownStyle.VOICE, true), rate, BY_CHARS);
        long start = t.holds().get(0).start();
        List<Long> in = new ArrayList<>();
        List<Long> out = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            in.add(start + k * breath);
            out.add(start + k * breath + 49_612);
        }
        assertEquals(in, onsets(t, Earcon.BREATHE_IN));
        assertEquals(out, onsets(t, Earcon.BREATHE_OUT));
    }

    @Test
    void theBreathCuesNeverMoveTheRelease() {
        List<Step> plain = List.of(new Step.Hold(25, null));
        Timeline fixed = TimelineCompiler.compile(routine(5, Routine.DEFAULT_COUNTDOWN, plain.toArray(Step[]::new)),
                options(3, CountdownStyle.VOICE, true), SR, BY_CHARS);
        Timeline breaths = TimelineCompiler.compile(routine(5, Routine.DEFAULT_COUNTDOWN, Step.Hold.inBreaths(5, null)),
                options(3, CountdownStyle.VOICE, true), SR, BY_CHARS);
        // "Hold for 5 breaths." is 100 samples shorter than "Hold for 25 seconds.": the hold starts that much earlier
        long shift = 100;
        assertEquals(fixed.holds().get(0).start() - shift, breaths.holds().get(0).start());
        assertEquals(fixed.holds().get(0).length(), breaths.holds().get(0).length());
        assertEquals(25L * SR, breaths.holds().get(0).length());
        assertEquals(fixed.length() - shift, breaths.length());
    }

    @Test
    void withoutEarconsEveryBreathIsCuedInWordsWhereTheyFit() {
        Timeline t = TimelineCompiler.compile(routine(2, List.of(), Step.Hold.inBreaths(2, null)),
                options(3, CountdownStyle.VOICE, false), SR, BY_CHARS);
        Timeline.Span span = t.holds().get(0);
        assertEquals("""
                %d +1100 say "Breathe in."
                %d +14900 silence
                %d +1200 say "Breathe out."
                %d +14800 silence
                %d +1100 say "Breathe in."
                %d +14900 silence
                %d +1200 say "Breathe out."
                %d +14800 silence
                """.formatted(span.start(), span.start() + 1100, span.start() + 16_000, span.start() + 17_200,
                span.start() + 32_000, span.start() + 33_100, span.start() + 48_000, span.start() + 49_200),
                inside(t, span));
    }

    @Test
    void wordsThatDoNotFitAfterTheToneAreSaidAloneAndWordsThatFitNowhereLeaveTheTone() {
        // 1,000 samples a character: "Breathe in." is 11,000, with the tone 22,200, past half a 2 s breath (16,000)
        Timeline t = TimelineCompiler.compile(routine(2, List.of(), Step.Hold.inBreaths(1, null)),
                options(3, CountdownStyle.VOICE, true), SR, text -> 1000L * text.length());
        Timeline.Span span = t.holds().get(0);
        assertEquals("""
                %d +11000 say "Breathe in."
                %d +5000 silence
                %d +12000 say "Breathe out."
                %d +4000 silence
                """.formatted(span.start(), span.start() + 11_000, span.start() + 16_000, span.start() + 28_000),
                inside(t, span));
        // 2,000 a character: the words fit nowhere, the tones are the cues
        t = TimelineCompiler.compile(routine(2, List.of(), Step.Hold.inBreaths(1, null)),
                options(3, CountdownStyle.VOICE, true), SR, text -> 2000L * text.length());
        assertEquals(List.of(t.holds().get(0).start()), onsets(t, Earcon.BREATHE_IN));
        assertEquals(List.of(t.holds().get(0).start() + 16_000), onsets(t, Earcon.BREATHE_OUT));
        assertTrue(!t.spokenTexts().contains("Breathe in.") && t.texts().contains("Breathe in."), t.texts().toString());
    }

    @Test
    void theCountdownWinsWhereABreathCueWouldMeetAMark() {
        // 5 breaths of 5 s: "10 seconds left." at 15 s (1,600 samples), "3." at 22 s, "2." at 23 s, "1." at 24 s
        Timeline t = TimelineCompiler.compile(routine(5, Routine.DEFAULT_COUNTDOWN, Step.Hold.inBreaths(5, null)),
                options(3, CountdownStyle.VOICE, true), SR, BY_CHARS);
        long s = t.holds().get(0).start();
        // in at 0, 5, 10 and 20 s; the one at 15 s would sound over "10 seconds left."
        assertEquals(List.of(s, s + 5 * SR, s + 10 * SR, s + 20 * SR), onsets(t, Earcon.BREATHE_IN));
        // out at 2.5, 7.5, 12.5 and 17.5 s; the one at 22.5 s would sound between "3." and "2."
        assertEquals(List.of(s + 40_000, s + 120_000, s + 200_000, s + 280_000), onsets(t, Earcon.BREATHE_OUT));
        assertTrue(t.toString().contains(s + 15 * SR + " +1600 say \"10 seconds left.\""), t.toString());
        // a tone must end 250 ms before a mark: the in at 20 s ends at 20.7 s, clear of "3." at 22 s
        assertEquals(4000, BreathCues.GUARD_MILLIS * SR / 1000);
    }

    @Test
    void countdownBeepsWinTooAndKeepTheirPlace() {
        Timeline t = TimelineCompiler.compile(routine(2, List.of(1), Step.Hold.inBreaths(2, null)),
                options(3, CountdownStyle.BEEPS, true), SR, BY_CHARS);
        long s = t.holds().get(0).start();
        assertEquals(List.of(s + 3 * SR), onsets(t, Earcon.TICK));
        // the out cue at 3 s gives way to the tick at 3 s
        assertEquals(List.of(s, s + 2 * SR), onsets(t, Earcon.BREATHE_IN));
        assertEquals(List.of(s + SR), onsets(t, Earcon.BREATHE_OUT));
    }

    @Test
    void aHoldInBreathsKeepsItsLengthWhateverHoldIsChosen() {
        Routine r = routine(5, Routine.DEFAULT_COUNTDOWN, Step.Hold.inBreaths(4, null), new Step.Hold(null, null));
        for (int hold : new int[] {1, 15, 45, 600}) {
            Timeline t = TimelineCompiler.compile(r, options(hold, CountdownStyle.VOICE, true), SR, BY_CHARS);
            assertEquals(20L * SR, t.holds().get(0).length());
            assertEquals((long) hold * SR, t.holds().get(1).length());
        }
    }

    @Test
    void aRoutineWhoseOnlyHoldIsInBreathsAnnouncesNoHoldLength() {
        Timeline t = TimelineCompiler.compile(routine(5, List.of(), Step.Hold.inBreaths(4, null)),
                options(30, CountdownStyle.VOICE, true), SR, BY_CHARS);
        assertTrue(t.spokenTexts().stream().noneMatch(s -> s.startsWith("Each hold lasts")), t.spokenTexts().toString());
    }

    @Test
    void theTextsToSynthesizeHoldTheCueWordsEvenWhereNoneIsSaid() {
        // a mark at every second of a 2-breath hold of 2 s: no cue is clear of them, in the draft or with lengths
        Routine r = routine(2, List.of(3, 2, 1), Step.Hold.inBreaths(2, null));
        List<String> texts = TimelineCompiler.texts(r, options(3, CountdownStyle.VOICE, false), SR);
        assertTrue(texts.contains("Breathe in.") && texts.contains("Breathe out."), texts.toString());
    }

    @Test
    void inGermanTheHoldAndTheCuesAreSaidInGerman() {
        Timeline t = TimelineCompiler.compile(routine("de", 4, List.of(), Step.Hold.inBreaths(5, "linke Seite")),
                options(3, CountdownStyle.VOICE, true), SR, BY_CHARS);
        List<String> said = t.spokenTexts();
        assertTrue(said.contains("Halte 5 Atemzüge lang, linke Seite."), said.toString());
        assertTrue(said.contains("Atme ein.") && said.contains("Atme aus."), said.toString());
        assertEquals(5, onsets(t, Earcon.BREATHE_IN).size());
    }
}
