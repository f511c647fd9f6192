package limber.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import limber.routine.Routine;
import limber.routine.RoutineLoader;
import limber.timeline.Event;
import limber.timeline.SessionOptions;
import limber.timeline.Timeline;
import limber.timeline.TimelineCompiler;
import org.junit.jupiter.api.Test;

class CaptionsTest {
    @Test
    void timesAreHoursMinutesSecondsAndMilliseconds() {
        assertEquals("00:00:00.000", Captions.time(0));
        assertEquals("00:00:00.001", Captions.time(1));
        assertEquals("00:01:01.500", Captions.time(61_500));
        assertEquals("02:00:00.000", Captions.time(7_200_000));
    }

    @Test
    void stepTextMakesNoCueOrMarkupOfItsOwn() throws Exception {
        Routine r = RoutineLoader.parse("x.yaml", """
                title: T
                stretches:
                  - name: S
                    steps:
                      - |
                        Breathe in.

                        00:00:00.000 --> 00:00:05.000
                        <b>Fake</b> cue & more
                """, true);
        Timeline t = TimelineCompiler.compile(r, SessionOptions.defaults(30), 16_000, text -> 16_000);
        String vtt = Captions.webVtt(t);
        long cues = t.events().stream().filter(e -> e instanceof Event.Speech).count();
        assertEquals(cues, vtt.lines().filter(l -> l.contains("-->")).count(), vtt);
        assertTrue(vtt.contains("\nBreathe in. 00:00:00.000 --&gt; 00:00:05.000 &lt;b&gt;Fake&lt;/b&gt; cue &amp; more\n"),
                vtt);
        // every cue is its timing line and one line of text, so a blank line only ever ends a cue
        assertTrue(vtt.matches("WEBVTT\n(\n\\d\\d:\\d\\d:\\d\\d\\.\\d{3} --> \\d\\d:\\d\\d:\\d\\d\\.\\d{3}\n[^\n]+\n)+"), vtt);
    }

    @Test
    void aLineWithNoSoundIsShownOverThePauseAfterItNeverAsAnEmptyCue() throws Exception {
        Routine r = RoutineLoader.parse("x.yaml", """
                title: T
                stretches:
                  - name: S
                    steps:
                      - "..."
                      - Breathe in.
                """, true);
        Timeline t = TimelineCompiler.compile(r, SessionOptions.defaults(30), 16_000, text -> text.equals("...") ? 0 : 16_000);
        String vtt = Captions.webVtt(t);
        Event.Speech dots = t.events().stream().filter(e -> e instanceof Event.Speech s && s.text().equals("..."))
                .map(Event.Speech.class::cast).findFirst().orElseThrow();
        Event.Speech next = t.events().stream().filter(e -> e instanceof Event.Speech s && s.text().equals("Breathe in."))
                .map(Event.Speech.class::cast).findFirst().orElseThrow();
        String cue = Captions.time(t.millis(dots.start())) + " --> " + Captions.time(t.millis(next.start())) + "\n...\n";
        assertTrue(vtt.contains("\n" + cue), vtt);
        for (String timing : vtt.lines().filter(l -> l.contains(" --> ")).toList()) {
            String[] ends = timing.split(" --> ");
            assertTrue(ends[0].compareTo(ends[1]) < 0, timing);
        }
    }

    @Test
    void cueTextEscapesEntitiesAndFoldsLineBreaks() {
        assertEquals("Bend &lt;slowly&gt; &amp; breathe", Captions.cueText("Bend <slowly> & breathe"));
        assertEquals("one two three", Captions.cueText("one\r\n\r\n  two \n\tthree\n"));
        assertEquals("a --&gt; b", Captions.cueText("a --> b"));
    }
}
