package limber.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.routine.Step;
import limber.routine.Stretch;
import org.junit.jupiter.api.Test;

/** The compiler alone, with utterance lengths of 100 samples a character (a fake narrator). */
class TimelineCompilerTest {
    private static final TimelineCompiler.Lengths BY_CHARS = text -> 100L * text.length();
    private static final int SR = 16_000;

    private static Routine routine(List<Integer> countdown, List<Stretch> stretches) {
        return new Routine("Tiny", null, List.of("Use a mat."), List.of(new HoldOption(3, "short")), 3, 1, 1,
                countdown, stretches);
    }

    private static Routine tiny() {
        return routine(List.of(2, 1), List.of(
                new Stretch("Reach", List.of(new Step.Say("Reach up.", 0), new Step.Hold(null, "left side"))),
                new Stretch("Fold", List.of(new Step.Say("Fold.", 0.5), new Step.Rest(1)))));
    }

    private static SessionOptions options(int hold) {
        return new SessionOptions(hold, Pace.BRISK, CountdownStyle.VOICE, true, 1);
    }

    @Test
    void tinyRoutineCompilesToThisWholeTimeline() {
        Timeline t = TimelineCompiler.compile(tiny(), options(3), SR, BY_CHARS);
        assertEquals("""
                0 0 0 +500 say "Tiny."
                0 0 500 +5600 silence
                1 0 6100 +1000 say "Use a mat."
                1 0 7100 +5600 silence
                2 0 12700 +2600 say "Each hold lasts 3 seconds."
                2 0 15300 +5600 silence
                3 1 20900 +2200 say "Stretch 1 of 2: Reach."
                3 1 23100 +5600 silence
                4 1 28700 +900 say "Reach up."
                4 1 29600 +5600 silence
                5 1 35200 +16000 silence
                5 1 51200 +3000 say "Hold for 3 seconds, left side."
                5 1 54200 +4800 tone hold_start
                5 1 59000 +16000 silence
                5 1 75000 +200 say "2."
                5 1 75200 +15800 silence
                5 1 91000 +200 say "1."
                5 1 91200 +15800 silence
                5 1 107000 +7200 tone hold_end
                5 1 114200 +800 say "Release."
                5 1 115000 +5600 silence
                6 1 120600 +1700 say "Rest. Next: Fold."
                6 1 122300 +16000 silence
                7 2 138300 +2100 say "Stretch 2 of 2: Fold."
                7 2 140400 +5600 silence
                8 2 146000 +500 say "Fold."
                8 2 146500 +5600 silence
                8 2 152100 +8000 silence
                9 2 160100 +1800 say "Rest for 1 second."
                9 2 161900 +16000 silence
                9 2 177900 +5600 silence
                10 2 183500 +4200 say "That is the end of the routine. Well done."
                """, t.toString());
        assertEquals(187700, t.length());
        assertEquals(List.of(new Timeline.Chapter(1, "Reach", 20900), new Timeline.Chapter(2, "Fold", 138300)), t.chapters());
    }

    @Test
    void holdIsExactlyItsLengthFromEndOfStartCueToStartOfEndCue() {
        for (int hold : new int[] {1, 3, 30, 600}) {
            Timeline t = TimelineCompiler.compile(tiny(), options(hold), 16_000, BY_CHARS);
            Timeline.Span span = t.holds().get(0);
            assertEquals((long) hold * SR, span.length());
            Event start = t.events().get(t.eventAt(span.start() - 1));
            Event end = t.events().get(t.eventAt(span.end()));
            assertEquals(new Event.Tone(start.start(), Earcon.HOLD_START.samples(16_000), 5, 1, Earcon.HOLD_START), start);
            assertEquals(span.start(), start.end());
            assertEquals(new Event.Tone(span.end(), Earcon.HOLD_END.samples(16_000), 5, 1, Earcon.HOLD_END), end);
        }
    }

    @Test
    void withoutEarconsHoldRunsFromAnnouncementToRelease() {
        SessionOptions o = new SessionOptions(4, Pace.NORMAL, CountdownStyle.VOICE, false, 1);
        Timeline t = TimelineCompiler.compile(tiny(), o, 16_000, BY_CHARS);
        Timeline.Span span = t.holds().get(0);
        assertEquals(4L * SR, span.length());
        assertEquals(new Event.Speech(span.start() - 3000, 3000, 5, 1, "Hold for 4 seconds, left side."),
                t.events().get(t.eventAt(span.start() - 1)));
        assertEquals(new Event.Speech(span.end(), 800, 5, 1, "Release."), t.events().get(t.eventAt(span.end())));
    }

    @Test
    void holdsAreExactToTheSampleAtEveryVoicesRate() {
        for (int rate : new int[] {16_000, 22_050, 24_000}) {
            Timeline t = TimelineCompiler.compile(tiny(), options(30), rate, BY_CHARS);
            assertEquals(rate, t.rate());
            assertEquals(30L * rate, t.holds().get(0).length());
            Event start = t.events().get(t.eventAt(t.holds().get(0).start() - 1));
            assertEquals(new Event.Tone(start.start(), Earcon.HOLD_START.samples(rate), start.unit(), 1, Earcon.HOLD_START), start);
            assertEquals(300L * rate / 1000, Earcon.HOLD_START.samples(rate));
        }
        assertEquals(6615, Earcon.HOLD_START.samples(22_050));
        assertEquals(15_435, Pace.NORMAL.gapSamples(22_050));
    }

    @Test
    void timesAreMillisecondsRoundedDownAtTheTimelinesRate() {
        Timeline t = TimelineCompiler.compile(tiny(), options(30), 22_050, BY_CHARS);
        assertEquals(0, t.millis(22));
        assertEquals(1, t.millis(23));
        assertEquals(61_500, t.millis(61L * 22_050 + 11_025));
        assertEquals("1:01.500", t.formatTime(61L * 22_050 + 11_025));
    }

    @Test
    void holdNeverLengthenedByCountdown() {
        // marks so long that they cannot fit: the hold stays exact, the marks go
        TimelineCompiler.Lengths slow = text -> text.endsWith("left.") || text.length() <= 3 ? 40L * SR : 1000;
        Routine r = routine(List.of(10, 3, 2, 1), tiny().stretches());
        Timeline t = TimelineCompiler.compile(r, options(30), SR, slow);
        assertEquals(30L * SR, t.holds().get(0).length());
        assertFalse(t.spokenTexts().contains("3."));
        assertFalse(t.spokenTexts().contains("10 seconds left."));
    }

    @Test
    void marksThatDoNotFitAreDroppedKeepingTheLatest() {
        // "1." takes 1.5 s: it does not fit before the hold's end (1 s), "2." then ends where "1." would start
        TimelineCompiler.Lengths lengths = text -> text.equals("1.") ? 24_000 : text.equals("2.") ? 8000 : 1000;
        Timeline t = TimelineCompiler.compile(routine(List.of(3, 2, 1), tiny().stretches()), options(10), SR, lengths);
        List<String> said = t.events().stream().filter(e -> e instanceof Event.Speech && e.unit() == 5)
                .map(e -> ((Event.Speech) e).text()).toList();
        assertEquals(List.of("Hold for 10 seconds, left side.", "3.", "2.", "Release."), said);
        Timeline.Span span = t.holds().get(0);
        Event three = t.events().stream().filter(e -> e instanceof Event.Speech s && s.text().equals("3.")).findFirst().orElseThrow();
        assertEquals(span.end() - 3L * SR, three.start());
    }

    @Test
    void markAtOrBeyondTheHoldIsDropped() {
        Timeline t = TimelineCompiler.compile(routine(List.of(10, 3, 2, 1), tiny().stretches()), options(10), SR, BY_CHARS);
        assertFalse(t.spokenTexts().contains("10 seconds left."));
        assertTrue(t.spokenTexts().contains("3."));
    }

    @Test
    void lengthsAreAskedOnlyForTextsThatTextsListed() {
        Routine r = routine(List.of(3, 1), tiny().stretches());
        List<String> listed = TimelineCompiler.texts(r, options(3), 16_000);
        TimelineCompiler.compile(r, options(3), SR, text -> {
            assertTrue(listed.contains(text), text);
            return 100L * text.length();
        });
    }

    @Test
    void beepsPutTicksAtTheMarks() {
        SessionOptions o = new SessionOptions(5, Pace.NORMAL, CountdownStyle.BEEPS, true, 1);
        Timeline t = TimelineCompiler.compile(tiny(), o, 16_000, BY_CHARS);
        Timeline.Span span = t.holds().get(0);
        List<Long> ticks = t.events().stream().filter(e -> e instanceof Event.Tone x && x.earcon() == Earcon.TICK)
                .map(Event::start).toList();
        assertEquals(List.of(span.end() - 2L * SR, span.end() - SR), ticks);
        assertFalse(t.spokenTexts().contains("2."));
    }

    @Test
    void fixedHoldIgnoresTheChosenLength() {
        Routine r = routine(List.of(), List.of(new Stretch("Only", List.of(new Step.Hold(7, null)))));
        Timeline t = TimelineCompiler.compile(r, options(30), SR, BY_CHARS);
        assertEquals(7L * SR, t.holds().get(0).length());
        assertTrue(t.spokenTexts().contains("Hold for 7 seconds."));
    }

    @Test
    void fromSkipsIntroAndEarlierStretches() {
        SessionOptions o = new SessionOptions(3, Pace.BRISK, CountdownStyle.VOICE, true, 2);
        Timeline t = TimelineCompiler.compile(tiny(), o, 16_000, BY_CHARS);
        assertEquals(List.of("Tiny.", "Each hold lasts 3 seconds.", "Stretch 2 of 2: Fold.", "Fold.",
                "Rest for 1 second.", TimelineCompiler.CLOSING), t.spokenTexts());
        assertThrows(IllegalArgumentException.class, () -> TimelineCompiler.compile(tiny(),
                new SessionOptions(3, Pace.BRISK, CountdownStyle.VOICE, true, 3), 16_000, BY_CHARS));
    }

    @Test
    void eventsAreGaplessAndUnitsStartAtTheirFirstEvent() {
        Timeline t = TimelineCompiler.compile(tiny(), options(3), SR, BY_CHARS);
        long at = 0;
        for (Event e : t.events()) {
            assertEquals(at, e.start());
            at = e.end();
        }
        for (int u = 0; u < t.units(); u++) {
            assertEquals(u, t.unitAt(t.unitStart(u)));
        }
    }

    @Test
    void textsListsEverythingTheTimelineMaySay() {
        List<String> texts = TimelineCompiler.texts(tiny(), options(3), 16_000);
        assertTrue(texts.containsAll(TimelineCompiler.compile(tiny(), options(3), SR, BY_CHARS).spokenTexts()));
    }

    @Test
    void sessionLongerThanTwelveHoursIsRefusedWithItsLength() {
        // 71 holds of 600 s and their 1 s settles are 42,671 s of silence: under 12 hours (43,200 s)
        // without speech, over it once every line takes 10 seconds
        List<Step> steps = java.util.Collections.nCopies(71, new Step.Hold(600, null));
        Routine r = routine(List.of(), List.of(new Stretch("Long", steps)));
        assertTrue(TimelineCompiler.compile(r, options(3), SR, text -> 0).length() <= 43_200L * SR);
        SessionTooLongException e = assertThrows(SessionTooLongException.class,
                () -> TimelineCompiler.compile(r, options(3), SR, text -> 10L * SR));
        assertTrue(e.length() > 43_200L * SR);
        assertEquals("the session would last " + Timeline.formatTime(e.length(), 16_000)
                + " with 3 s holds, longer than the 12-hour limit", e.getMessage());
    }

    @Test
    void formatTimeIsMinutesSecondsAndMilliseconds() {
        assertEquals("0:00.000", Timeline.formatTime(0, 16_000));
        assertEquals("0:09.005", Timeline.formatTime(9_005 * 16, 16_000));
        assertEquals("11:03.942", Timeline.formatTime(663_942 * 16, 16_000));
        assertEquals("120:59.847", Timeline.formatTime(7_259_847L * 16 + 15, 16_000));
    }
}
