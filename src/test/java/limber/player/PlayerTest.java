package limber.player;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import limber.audio.Clip;
import limber.audio.Earcons;
import limber.audio.TimelineAudio;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.routine.Step;
import limber.routine.Stretch;
import limber.timeline.CountdownStyle;
import limber.timeline.SessionOptions;
import limber.timeline.Pace;
import limber.timeline.Timeline;
import limber.testkit.RecordingSink;
import limber.timeline.TimelineCompiler;
import org.junit.jupiter.api.Test;

/**
 * The player's logic over a recording sink that plays instantly, with a fake narrator whose
 * clips are 50 samples a character: what the sink receives is compared sample for sample.
 */
class PlayerTest {
    private static final Routine ROUTINE = new Routine("Tiny", null, List.of(), List.of(new HoldOption(10, "short")),
            10, 1, 1, List.of(3), List.of(
            new Stretch("Reach", List.of(new Step.Say("Reach up.", 0), new Step.Hold(null, null))),
            new Stretch("Fold", List.of(new Step.Say("Fold.", 0)))));

    private final Map<String, Clip> clips = new HashMap<>();
    private final BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
    private final List<String> heard = new ArrayList<>();

    private Clip clip(String text) {
        return clips.computeIfAbsent(text, t -> {
            short[] s = new short[50 * t.length()];
            java.util.Arrays.fill(s, (short) (100 + clips.size()));
            return Clip.of(s);
        });
    }

    private TimelineAudio session(int hold) {
        SessionOptions o = new SessionOptions(hold, Pace.NORMAL, CountdownStyle.VOICE, true, 1);
        Map<String, Clip> speech = new HashMap<>();
        for (String t : TimelineCompiler.texts(ROUTINE, o, 16_000)) {
            speech.put(t, clip(t));
        }
        return new TimelineAudio(TimelineCompiler.compile(ROUTINE, o, 16_000, t -> speech.get(t).length()), speech, Earcons.all(16_000));
    }

    /** Records what is written; at given sample counts, puts inputs in the queue (as a user would). */
    private final class Recorder {
        final TreeMap<Long, Input> script = new TreeMap<>();
        final RecordingSink sink = RecordingSink.instant(written -> {
            while (!script.isEmpty() && script.firstKey() <= written) {
                inputs.add(script.pollFirstEntry().getValue());
            }
        });

        short[] array() {
            return sink.samples();
        }
    }

    private Player player(Recorder sink) {
        return new Player(sink.sink, inputs, this::clip, hold -> session(hold), heard::add);
    }

    /** The first chunk boundary at or after {@code at}: where an input given then is acted on. */
    private static long aligned(long at) {
        return (at + TimelineAudio.CHUNK - 1) / TimelineAudio.CHUNK * TimelineAudio.CHUNK;
    }

    private static short[] render(TimelineAudio a, long from, long to) {
        short[] s = new short[(int) (to - from)];
        a.read(from, s, 0, s.length);
        return s;
    }

    private static short[] concat(short[]... parts) {
        int n = 0;
        for (short[] p : parts) {
            n += p.length;
        }
        short[] out = new short[n];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void playsTheSameSamplesAsTheExport() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(10);
        assertEquals(Player.Outcome.FINISHED, player(sink).play(s, 10, 0));
        assertArrayEquals(render(s, 0, s.length()), sink.array());
        assertEquals(s.timeline().spokenTexts().size(), heard.stream().distinct().count());
    }

    @Test
    void nextJumpsToTheStartOfTheNextStep() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(10);
        Timeline t = s.timeline();
        long at = aligned(t.unitStart(1) + 1); // inside step 1, at a chunk boundary
        sink.script.put(at, Input.Control.NEXT);
        player(sink).play(s, 10, 0);
        assertArrayEquals(concat(render(s, 0, at), render(s, t.unitStart(2), s.length())), sink.array());
    }

    @Test
    void previousAndRepeatGoBackToStepStarts() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(10);
        Timeline t = s.timeline();
        long a = aligned(t.unitStart(3) + 1);
        sink.script.put(a, Input.Control.REPEAT);
        long b = a + 2048; // 2048 into the repeated step
        sink.script.put(b, Input.Control.PREVIOUS);
        player(sink).play(s, 10, 0);
        assertArrayEquals(concat(render(s, 0, a), render(s, t.unitStart(3), t.unitStart(3) + 2048),
                render(s, t.unitStart(2), s.length())), sink.array());
    }

    @Test
    void pauseSaysPausedWaitsAndResumesFromTheLineStart() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(10);
        Timeline t = s.timeline();
        long lineStart = t.unitStart(2); // "Reach up."
        long at = aligned(lineStart + 1);
        sink.script.put(at, Input.Control.PAUSE_RESUME);
        sink.script.put(at + clip(Feedback.PAUSED).length(), Input.Control.PAUSE_RESUME);
        player(sink).play(s, 10, 0);
        assertArrayEquals(concat(render(s, 0, at), clip(Feedback.PAUSED).toArray(), clip(Feedback.RESUMING).toArray(),
                render(s, lineStart, s.length())), sink.array());
        assertTrue(heard.containsAll(List.of(Feedback.PAUSED, Feedback.RESUMING)));
    }

    @Test
    void longerMakesTheCurrentHoldFiveSecondsLonger() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(10);
        Timeline.Span hold = s.timeline().holds().get(0);
        long at = aligned(hold.start() + 16_000); // a second into the hold
        sink.script.put(at, Input.Control.LONGER);
        Player p = player(sink);
        p.play(s, 10, 0);
        assertEquals(15, p.hold());
        TimelineAudio longer = session(15);
        Timeline.Span now = longer.timeline().holds().get(0);
        assertEquals(hold.start(), now.start());
        short[] said = clip(Feedback.holdsNow(15)).toArray();
        assertArrayEquals(concat(render(s, 0, at), said, render(longer, at, longer.length())), sink.array());
        assertEquals(15L * 16_000, now.length());
    }

    @Test
    void holdsStayWithinBounds() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(5);
        sink.script.put(1024L, Input.Control.SHORTER);
        Player p = player(sink);
        p.play(s, 5, 0);
        assertEquals(5, p.hold());
        assertTrue(heard.contains(Feedback.holdsAtBound(5)), heard.toString());
    }

    @Test
    void quitSaysGoodbyeAndStops() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(10);
        sink.script.put(4096L, Input.Control.QUIT);
        assertEquals(Player.Outcome.QUIT, player(sink).play(s, 10, 0));
        assertArrayEquals(concat(render(s, 0, 4096), clip(Feedback.GOODBYE).toArray()), sink.array());
    }

    @Test
    void saidNextIsConfirmedAloudThenJumps() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(10);
        Timeline t = s.timeline();
        long at = aligned(t.unitStart(1) + 100);
        sink.script.put(at, new Input.Said(Input.Control.NEXT));
        player(sink).play(s, 10, 0);
        assertArrayEquals(concat(render(s, 0, at), clip(Feedback.NEXT).toArray(), render(s, t.unitStart(2), s.length())),
                sink.array());
        assertTrue(heard.contains(Feedback.NEXT), heard.toString());
    }

    @Test
    void saidBackAndRepeatAreConfirmedAloud() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(10);
        Timeline t = s.timeline();
        long a = aligned(t.unitStart(2) + 100);
        sink.script.put(a, new Input.Said(Input.Control.REPEAT));
        long b = a + clip(Feedback.REPEAT).length() + 2048;
        sink.script.put(b, new Input.Said(Input.Control.PREVIOUS));
        player(sink).play(s, 10, 0);
        assertArrayEquals(concat(render(s, 0, a), clip(Feedback.REPEAT).toArray(), render(s, t.unitStart(2), t.unitStart(2) + 2048),
                clip(Feedback.PREVIOUS).toArray(), render(s, t.unitStart(1), s.length())), sink.array());
    }

    @Test
    void stopSaidOncePausesAndAsksSaidTwiceEnds() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(10);
        long at = aligned(s.timeline().unitStart(1) + 100);
        sink.script.put(at, new Input.Said(Input.Control.QUIT));
        sink.script.put(at + clip(Feedback.STOP_AGAIN).length(), new Input.Said(Input.Control.QUIT));
        assertEquals(Player.Outcome.QUIT, player(sink).play(s, 10, 0));
        assertArrayEquals(concat(render(s, 0, at), clip(Feedback.STOP_AGAIN).toArray(), clip(Feedback.GOODBYE).toArray()),
                sink.array());
    }

    @Test
    void stopSaidOnceThenResumeGoesOnToTheEnd() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(10);
        Timeline t = s.timeline();
        long lineStart = t.unitStart(2);
        long at = aligned(lineStart + 1);
        sink.script.put(at, new Input.Said(Input.Control.QUIT));
        sink.script.put(at + clip(Feedback.STOP_AGAIN).length(), new Input.Said(Input.Control.RESUME));
        assertEquals(Player.Outcome.FINISHED, player(sink).play(s, 10, 0));
        assertArrayEquals(concat(render(s, 0, at), clip(Feedback.STOP_AGAIN).toArray(), clip(Feedback.RESUMING).toArray(),
                render(s, lineStart, s.length())), sink.array());
    }

    @Test
    void keysAndVoiceMixInOneSession() throws Exception {
        Recorder sink = new Recorder();
        TimelineAudio s = session(10);
        Timeline t = s.timeline();
        long lineStart = t.unitStart(2);
        long at = aligned(lineStart + 1);
        sink.script.put(at, Input.Control.PAUSE_RESUME); // space
        sink.script.put(at + clip(Feedback.PAUSED).length(), new Input.Said(Input.Control.RESUME));
        long later = at + clip(Feedback.PAUSED).length() + clip(Feedback.RESUMING).length() + 2048;
        sink.script.put(later, new Input.Said(Input.Control.QUIT));
        sink.script.put(later + clip(Feedback.STOP_AGAIN).length(), Input.Control.QUIT); // q answers the question
        assertEquals(Player.Outcome.QUIT, player(sink).play(s, 10, 0));
        assertEquals(List.of(Feedback.PAUSED, Feedback.RESUMING, Feedback.STOP_AGAIN, Feedback.GOODBYE),
                heard.stream().filter(l -> l.equals(Feedback.PAUSED) || l.equals(Feedback.RESUMING)
                        || l.equals(Feedback.STOP_AGAIN) || l.equals(Feedback.GOODBYE)).toList());
    }

    @Test
    void menuTakesStopSaidOnceAsAQuestionAndTwiceAsGoodbye() throws Exception {
        Recorder sink = new Recorder();
        List<HoldOption> options = List.of(new HoldOption(15, "a"), new HoldOption(30, "b"));
        sink.script.put(1024L, new Input.Said(Input.Control.QUIT));
        HoldOption chosen = new HoldMenu(options, options.get(1), false).ask(player(sink), true);
        assertEquals(options.get(1), chosen, "one stop said is only a question: the menu goes on to its default");
        assertTrue(heard.contains(Feedback.STOP_AGAIN_IN_MENU), heard.toString());

        heard.clear();
        Recorder again = new Recorder();
        again.script.put(1024L, new Input.Said(Input.Control.QUIT));
        again.script.put(2048L, new Input.Said(Input.Control.QUIT));
        assertEquals(null, new HoldMenu(options, options.get(1), false).ask(player(again), true));
        assertEquals(Feedback.GOODBYE, heard.get(heard.size() - 1));
    }

    @Test
    void answersLeaveOutTheNarratorsSilenceButTwentyMilliseconds() throws Exception {
        Recorder sink = new Recorder();
        short[] padded = new short[5000];
        java.util.Arrays.fill(padded, 2000, 3000, (short) 5000);
        Player p = new Player(sink.sink, inputs, text -> Clip.of(padded), hold -> session(hold), heard::add);
        p.answer(Feedback.GOODBYE);
        assertArrayEquals(java.util.Arrays.copyOfRange(padded, 2000 - 320, 3000 + 320), sink.array());
    }

    @Test
    void menuTakesADigitAndSaysTheChoiceBack() throws Exception {
        Recorder sink = new Recorder();
        List<HoldOption> options = List.of(new HoldOption(15, "a"), new HoldOption(30, "b"), new HoldOption(45, "c"));
        sink.script.put(1024L, new Input.Answer(2, 0));
        HoldOption chosen = new HoldMenu(options, options.get(1), false).ask(player(sink), true);
        assertEquals(options.get(1), chosen);
        assertEquals(HoldMenu.chosen(options.get(1)), heard.get(heard.size() - 1));
    }

    @Test
    void menuWithoutAnswerReadsTwiceThenTakesTheDefault() throws Exception {
        Recorder sink = new Recorder();
        List<HoldOption> options = List.of(new HoldOption(15, "a"), new HoldOption(30, "b"));
        HoldOption chosen = new HoldMenu(options, options.get(1), false).ask(player(sink), true);
        assertEquals(options.get(1), chosen);
        List<String> expected = new ArrayList<>(HoldMenu.lines(options, false));
        expected.addAll(HoldMenu.lines(options, false));
        expected.add(HoldMenu.fallback(options.get(1)));
        assertEquals(expected, heard);
        int speech = expected.stream().mapToInt(x -> clip(x).length()).sum();
        assertEquals(speech + 2 * HoldMenu.WAIT_SECONDS * 16_000, sink.array().length);
    }

    @Test
    void menuInvitesASpokenAnswerWhenVoiceControlIsOn() {
        List<HoldOption> options = List.of(new HoldOption(15, "a"), new HoldOption(30, "b"));
        assertEquals(List.of("Choose how long to hold each stretch.", "Say or press 1 for 15 seconds, a.",
                "Say or press 2 for 30 seconds, b."), HoldMenu.lines(options, true));
        assertEquals("Press 2 for 30 seconds, b.", HoldMenu.lines(options, false).get(2));
    }

    @Test
    void menuByNumberOfSecondsPicksThatOption() {
        List<HoldOption> options = List.of(new HoldOption(15, "a"), new HoldOption(30, "b"));
        assertEquals(options.get(1), HoldMenu.match(new Input.Answer(0, 30), options));
        assertEquals(null, HoldMenu.match(new Input.Answer(0, 20), options));
        assertEquals(null, HoldMenu.match(new Input.Answer(3, 0), options));
    }

    @Test
    void keysMapToControls() {
        assertEquals(Input.Control.PAUSE_RESUME, Keyboard.of(' '));
        assertEquals(Input.Control.NEXT, Keyboard.of('n'));
        assertEquals(Input.Control.PREVIOUS, Keyboard.of('p'));
        assertEquals(Input.Control.REPEAT, Keyboard.of('r'));
        assertEquals(Input.Control.LONGER, Keyboard.of('+'));
        assertEquals(Input.Control.SHORTER, Keyboard.of('-'));
        assertEquals(Input.Control.QUIT, Keyboard.of('q'));
        assertEquals(Input.Control.TIME_LEFT, Keyboard.of('t'));
        assertEquals(Input.Control.READY, Keyboard.of('\r'));
        assertEquals(new Input.Answer(2, 0), Keyboard.of('2'));
        assertEquals(null, Keyboard.of('x'));
    }

    @Test
    void timeLeftInsideAHoldIsSaidOverItsSilenceAndTheHoldKeepsItsLength() throws Exception {
        TimelineAudio s = session(10);
        Timeline.Span hold = s.timeline().holds().get(0);
        Recorder sink = new Recorder();
        long at = hold.start() + 3 * 16_000L;
        sink.script.put(at, Input.Control.TIME_LEFT);
        assertEquals(Player.Outcome.FINISHED, player(sink).play(s, 10, 0));
        assertEquals(s.length(), sink.array().length, "nothing added, nothing skipped");
        assertTrue(heard.contains(Feedback.timeLeft(7)), heard.toString());
        short[] reference = new short[(int) s.length()];
        s.read(0, reference, 0, reference.length);
        short[] said = clip(Feedback.timeLeft(7)).toArray();
        short[] got = sink.array();
        int from = (int) aligned(at);
        for (int i = 0; i < got.length; i++) {
            int expected = reference[i] + (i >= from && i < from + said.length ? said[i - from] : 0);
            assertEquals(expected, got[i], "sample " + i);
        }
    }

    @Test
    void timeLeftOutsideAHoldSaysSoAndGoesOn() throws Exception {
        Recorder sink = new Recorder();
        sink.script.put(100L, Input.Control.TIME_LEFT);
        assertEquals(Player.Outcome.FINISHED, player(sink).play(session(10), 10, 0));
        assertTrue(heard.contains(Feedback.NOT_IN_A_HOLD), heard.toString());
    }

    @Test
    void backFromCtrlZTheSessionIsPausedUntilSpace() throws Exception {
        TimelineAudio s = session(10);
        Recorder sink = new Recorder();
        sink.script.put(3000L, new Input.Continued());
        sink.script.put(3000L + clip(Feedback.PAUSED).length(), Input.Control.PAUSE_RESUME);
        assertEquals(Player.Outcome.FINISHED, player(sink).play(s, 10, 0));
        assertEquals(List.of(Feedback.PAUSED, Feedback.RESUMING), heard.stream()
                .filter(l -> l.equals(Feedback.PAUSED) || l.equals(Feedback.RESUMING)).toList());
    }

    @Test
    void unknownKeysInTheMenuGetTheValidKeysSaidOnce() throws Exception {
        Recorder sink = new Recorder();
        List<HoldOption> options = List.of(new HoldOption(15, "a"), new HoldOption(30, "b"), new HoldOption(45, "c"));
        sink.script.put(1024L, new Input.Unknown());
        sink.script.put(2048L, Input.Control.NEXT);
        sink.script.put(40_000L, new Input.Unknown());
        assertEquals(options.get(1), new HoldMenu(options, options.get(1), false).ask(player(sink), true));
        assertEquals(1, heard.stream().filter(Feedback.menuKeys(3)::equals).count(), heard.toString());
        assertEquals("Press a number from 1 to 3, or q to quit.", Feedback.menuKeys(3));
    }

    @Test
    void readyWaitsBeforeTheHoldUntilSpaceRemindsOnceThenAnnouncesItWithoutSettling() throws Exception {
        TimelineAudio s = session(10);
        Timeline t = s.timeline();
        long gate = t.unitStart(t.holds().get(0).unit());
        long announced = t.events().stream().filter(e -> e instanceof limber.timeline.Event.Speech sp
                && sp.text().startsWith("Hold for")).findFirst().orElseThrow().start();
        Recorder sink = new Recorder();
        sink.script.put(gate + clip(Feedback.READY).length() + 70L * 16_000, Input.Control.PAUSE_RESUME);
        Player p = player(sink);
        p.readyBeforeHolds(true);
        assertEquals(Player.Outcome.FINISHED, p.play(s, 10, 0));
        assertEquals(1, heard.stream().filter(Feedback.READY::equals).count(), heard.toString());
        assertEquals(1, heard.stream().filter(Feedback.READY_AGAIN::equals).count(), heard.toString());
        short[] reference = new short[(int) s.length()];
        s.read(0, reference, 0, reference.length);
        short[] got = sink.array();
        assertArrayEquals(java.util.Arrays.copyOf(reference, (int) gate), java.util.Arrays.copyOf(got, (int) gate),
                "the session up to the hold's unit");
        int rest = reference.length - (int) announced;
        assertArrayEquals(java.util.Arrays.copyOfRange(reference, (int) announced, reference.length),
                java.util.Arrays.copyOfRange(got, got.length - rest, got.length), "from the announcement on, after space");
        long waited = got.length - gate - rest - clip(Feedback.READY).length() - clip(Feedback.READY_AGAIN).length();
        assertTrue(waited >= Player.READY_REMINDER_SECONDS * 16_000, "waited only " + waited + " samples");
    }

    @Test
    void quitWhileWaitingForReadyEndsTheSession() throws Exception {
        TimelineAudio s = session(10);
        long gate = s.timeline().unitStart(s.timeline().holds().get(0).unit());
        Recorder sink = new Recorder();
        sink.script.put(gate + clip(Feedback.READY).length() + 5 * 16_000L, Input.Control.QUIT);
        Player p = player(sink);
        p.readyBeforeHolds(true);
        assertEquals(Player.Outcome.QUIT, p.play(s, 10, 0));
        assertEquals(Feedback.GOODBYE, heard.get(heard.size() - 1));
        assertTrue(heard.stream().noneMatch(l -> l.startsWith("Hold for")), heard.toString());
    }

    @Test
    void readySaidWhileWaitingStartsTheHoldAndThePromptInvitesIt() throws Exception {
        TimelineAudio s = session(10);
        long gate = s.timeline().unitStart(s.timeline().holds().get(0).unit());
        Recorder sink = new Recorder();
        sink.script.put(gate + clip(Feedback.READY_BY_VOICE).length() + 5 * 16_000L, new Input.Said(Input.Control.READY));
        Player p = player(sink);
        p.readyBeforeHolds(true, true);
        assertEquals(Player.Outcome.FINISHED, p.play(s, 10, 0));
        assertEquals(1, heard.stream().filter(Feedback.READY_BY_VOICE::equals).count(), heard.toString());
        assertTrue(heard.contains("Hold for 10 seconds."), heard.toString());
        assertTrue(heard.stream().noneMatch(l -> l.equals(Feedback.READY) || l.equals(Feedback.READY_AGAIN_BY_VOICE)),
                heard.toString());
    }

    @Test
    void readySaidOrEnteredWhenNothingWaitsForItChangesNothing() throws Exception {
        TimelineAudio s = session(10);
        Timeline.Span hold = s.timeline().holds().get(0);
        Recorder sink = new Recorder();
        sink.script.put(3000L, new Input.Said(Input.Control.READY));
        sink.script.put(hold.start() + 2 * 16_000L, new Input.Said(Input.Control.READY));
        sink.script.put(hold.start() + 4 * 16_000L, Input.Control.READY);
        assertEquals(Player.Outcome.FINISHED, player(sink).play(s, 10, 0));
        short[] reference = new short[(int) s.length()];
        s.read(0, reference, 0, reference.length);
        assertArrayEquals(reference, sink.array(), "the session, sample for sample");
        assertEquals(s.timeline().events().stream().filter(e -> e instanceof limber.timeline.Event.Speech)
                .map(e -> ((limber.timeline.Event.Speech) e).text()).toList(), heard);
    }

    @Test
    void timeSaidInsideAHoldSaysTheTimeLeftAndTheHoldKeepsItsLength() throws Exception {
        TimelineAudio s = session(10);
        Timeline.Span hold = s.timeline().holds().get(0);
        Recorder sink = new Recorder();
        sink.script.put(hold.start() + 3 * 16_000L, new Input.Said(Input.Control.TIME_LEFT));
        assertEquals(Player.Outcome.FINISHED, player(sink).play(s, 10, 0));
        assertEquals(s.length(), sink.array().length, "nothing added, nothing skipped");
        assertTrue(heard.contains(Feedback.timeLeft(7)), heard.toString());
    }

    @Test
    void heldSecondsAreWhatWasPlayedOfEachHold() throws Exception {
        TimelineAudio s = session(10);
        Timeline.Span hold = s.timeline().holds().get(0);
        Recorder whole = new Recorder();
        Player p = player(whole);
        p.play(s, 10, 0);
        assertEquals(10.0, p.heldSeconds()[0], 1e-9);
        Recorder cut = new Recorder();
        cut.script.put(hold.start() + 3 * 16_000L, Input.Control.NEXT);
        Player q = player(cut);
        q.play(s, 10, 0);
        assertEquals(3.0, q.heldSeconds()[0], 2 * TimelineAudio.CHUNK / 16_000.0, "cut by n after 3 s");
    }

    @Test
    void clockSinkKeepsTimeWithoutDrift() throws Exception {
        long[] now = {0};
        ClockSink.Clock fake = new ClockSink.Clock() {
            @Override
            public long nanos() {
                return now[0];
            }

            @Override
            public void sleepUntil(long nanos) {
                now[0] = Math.max(now[0], nanos);
            }
        };
        ClockSink sink = new ClockSink(fake, 16_000);
        short[] chunk = new short[1024];
        for (int i = 0; i < 1000; i++) {
            sink.write(chunk, 0, chunk.length);
        }
        sink.drain();
        assertEquals(1000L * 1024 * 1_000_000_000L / 16_000, now[0]);
    }
}
