package limber.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import limber.audio.Clip;
import limber.audio.TimelineAudio;
import limber.routine.Routine;
import limber.routine.RoutineLoader;
import limber.routine.ScriptException;
import limber.speech.Narrator;
import limber.timeline.SessionOptions;
import limber.timeline.Timeline;
import limber.timeline.TimelineCompiler;
import org.junit.jupiter.api.Test;

/** Synthesis with several narrators at once, with fake narrators: this is about the bookkeeping. */
class SessionTest {
    static final List<String> TEXTS = List.of("One.", "Two.", "One.", "Three.", "Four.", "Two.", "Five.");

    /** A clip that depends only on the text, like a real voice's; records what it said and closing. */
    static class Fake implements Narrator {
        final List<String> said = new ArrayList<>();
        volatile boolean closed;
        private final String failOn;

        Fake(String failOn) {
            this.failOn = failOn;
        }

        @Override
        public Clip say(String text) throws IOException {
            if (text.equals(failOn)) {
                throw new IOException("cannot say " + text);
            }
            said.add(text);
            short[] s = new short[10 + text.length()];
            java.util.Arrays.fill(s, (short) text.hashCode());
            return Clip.of(s);
        }

        @Override
        public int sampleRate() {
            return 16_000;
        }


        @Override
        public String engineVersion() {
            return "1";
        }


        @Override
        public String engine() {
            return "fake";
        }

        @Override
        public String voice() {
            return "fake";
        }

        @Override
        public int rate() {
            return 150;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static Supplier<Narrator> factory(List<Fake> made, String failOn) {
        return () -> {
            Fake f = new Fake(failOn);
            made.add(f);
            return f;
        };
    }

    @Test
    void severalWorkersGiveTheSameClipsInTheSameOrderAsOne() throws IOException {
        Map<String, Clip> one = Session.synthesize(TEXTS, new Fake(null));
        for (int workers = 1; workers <= 4; workers++) {
            Map<String, Clip> many = Session.synthesize(TEXTS, factory(new CopyOnWriteArrayList<>(), null), workers);
            assertEquals(List.copyOf(one.keySet()), List.copyOf(many.keySet()), workers + " workers");
            assertEquals(List.copyOf(one.values()), List.copyOf(many.values()), workers + " workers");
        }
    }

    @Test
    void everyDistinctTextIsSaidOnceAndEveryNarratorClosed() throws IOException {
        List<Fake> made = new CopyOnWriteArrayList<>();
        Session.synthesize(TEXTS, factory(made, null), 3);
        List<String> said = new ArrayList<>();
        made.forEach(f -> said.addAll(f.said));
        said.sort(null);
        assertEquals(List.of("Five.", "Four.", "One.", "Three.", "Two."), said);
        assertEquals(made.size(), made.stream().filter(f -> f.closed).count());
    }

    @Test
    void noMoreNarratorsThanTexts() throws IOException {
        AtomicInteger made = new AtomicInteger();
        Session.synthesize(List.of("Only."), () -> {
            made.incrementAndGet();
            return new Fake(null);
        }, 4);
        assertEquals(1, made.get());
    }

    @Test
    void aWorkersFailureIsThrownAndEveryNarratorClosed() {
        List<Fake> made = new CopyOnWriteArrayList<>();
        IOException e = assertThrows(IOException.class, () -> Session.synthesize(TEXTS, factory(made, "Three."), 2));
        assertEquals("cannot say Three.", e.getMessage());
        assertEquals(made.size(), made.stream().filter(f -> f.closed).count());
    }

    @Test
    void aWorkerStillSpeakingWhenAnotherFailsIsClosedBeforeTheFailureIsThrown() {
        // one worker fails on "One." after 50 ms; the others are still speaking (slowly)
        List<Fake> made = new CopyOnWriteArrayList<>();
        Supplier<Narrator> slow = () -> {
            Fake f = new Fake("One.") {
                @Override
                public Clip say(String text) throws IOException {
                    // like a child process, it does not stop at an interrupt: it takes its time
                    long until = System.nanoTime() + (text.equals("One.") ? 50_000_000L : 400_000_000L);
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    return super.say(text);
                }
            };
            made.add(f);
            return f;
        };
        IOException e = assertThrows(IOException.class, () -> Session.synthesize(TEXTS, slow, 4));
        assertEquals("cannot say One.", e.getMessage());
        assertTrue(made.size() >= 2, made.size() + " narrators made");
        assertTrue(made.stream().allMatch(f -> f.closed), "every narrator closed when synthesize throws");
    }

    @Test
    void aStreamedSessionPlaysTheSameSamplesWhateverItKeeps() throws IOException {
        Routine routine = routine();
        SessionOptions options = SessionOptions.defaults(4);
        Timeline draft = TimelineCompiler.compile(routine, options, 16_000, text -> 0);
        TimelineAudio held = Session.prepare(routine, options, new Fake(null));
        short[] expected = new short[(int) held.length()];
        held.read(0, expected, 0, expected.length);
        for (long kept : new long[] {0, 40, Long.MAX_VALUE}) {
            try (Session.Streamed streamed = Session.stream(routine, options, draft, () -> new Fake(null), 2, kept)) {
                short[] got = new short[(int) streamed.audio().length()];
                streamed.audio().read(0, got, 0, got.length);
                assertArrayEquals(expected, got, "kept " + kept);
            }
        }
    }

    @Test
    void aStreamedSessionKeepsTheLinesSaidMostOften() throws IOException {
        Routine routine = routine();
        SessionOptions options = SessionOptions.defaults(4);
        Timeline draft = TimelineCompiler.compile(routine, options, 16_000, text -> 0);
        List<Fake> made = new CopyOnWriteArrayList<>();
        // room for one clip: "3." is said in both holds, every other line once
        long room = new Fake(null).say("3.").length();
        try (Session.Streamed streamed = Session.stream(routine, options, draft, factory(made, null), 1, room)) {
            made.clear(); // the narrators that measured
            short[] all = new short[(int) streamed.audio().length()];
            streamed.audio().read(0, all, 0, all.length);
            assertEquals(1, made.size());
            assertFalse(made.get(0).said.contains("3."), made.get(0).said.toString());
            assertTrue(made.get(0).said.contains(TimelineCompiler.RELEASE));
        }
        assertTrue(made.get(0).closed);
    }

    private static Routine routine() throws IOException {
        try {
            return RoutineLoader.parse("tiny.json", """
                    {"title": "Tiny", "countdown": [3], "holdOptions": [{"seconds": 4, "label": "short"}],
                     "stretches": [
                       {"name": "Reach", "steps": ["Reach up.", {"hold": true}]},
                       {"name": "Fold", "steps": ["Fold forward.", {"hold": true}]}]}
                    """, false);
        } catch (ScriptException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void zeroWorkersIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Session.synthesize(TEXTS, () -> new Fake(null), 0));
        assertEquals("workers must be at least 1, got 0", e.getMessage());
    }
}
