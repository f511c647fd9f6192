package limber.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import limber.audio.Clip;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.routine.Step;
import limber.routine.Stretch;
import limber.speech.Narrator;
import limber.timeline.CountdownStyle;
import limber.timeline.SessionOptions;
import limber.timeline.Pace;
import org.junit.jupiter.api.Test;

/**
 * The live session driven without the CLI: a clock sink on a fake clock (it never waits), a fake
 * narrator, inputs put on the queue by the test.
 */
class LiveSessionTest {
    private static final Routine ROUTINE = new Routine("Tiny", null, List.of(),
            List.of(new HoldOption(10, "short"), new HoldOption(20, "long")), 10, 1, 1, List.of(), List.of(
            new Stretch("Reach", List.of(new Step.Say("Reach up.", 0), new Step.Hold(null, null)))));

    private final BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
    private final List<String> heard = new ArrayList<>();

    /** A clock that jumps to whatever instant it is asked to wait for. */
    private static final class FakeClock implements ClockSink.Clock {
        long now;

        @Override
        public long nanos() {
            return now;
        }

        @Override
        public void sleepUntil(long nanos) {
            now = Math.max(now, nanos);
        }
    }

    private static final class FakeNarrator implements Narrator {
        @Override
        public Clip say(String text) {
            short[] s = new short[50 * text.length()];
            java.util.Arrays.fill(s, (short) 1000);
            return Clip.of(s);
        }

        @Override
        public String engine() {
            return "fake";
        }

        @Override
        public String engineVersion() {
            return "1";
        }

        @Override
        public int sampleRate() {
            return 16_000;
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
        }
    }

    private Player.Outcome play(boolean askHold) throws Exception {
        FakeClock clock = new FakeClock();
        SessionOptions defaults = new SessionOptions(10, Pace.BRISK, CountdownStyle.VOICE, true, 1);
        try (FakeNarrator narrator = new FakeNarrator(); LiveSession live = LiveSession.open(() -> new ClockSink(clock, 16_000))) {
            live.prepare(ROUTINE, defaults, askHold, false, narrator, FakeNarrator::new);
            return live.play(live.sink(), inputs, true, heard::add, () -> heard.add("(menu closed)"));
        }
    }

    @Test
    void menuAnswerPlaysTheSessionWithTheChosenHold() throws Exception {
        inputs.add(new Input.Answer(2, 0));
        assertEquals(Player.Outcome.FINISHED, play(true));
        assertEquals(List.of("Choose how long to hold each stretch.", "20 seconds, long. Let's begin.", "(menu closed)",
                "Tiny.", "Each hold lasts 20 seconds.", "Stretch 1 of 1: Reach.", "Reach up.", "Hold for 20 seconds.", "Release.",
                "That is the end of the routine. Well done."), heard);
    }

    @Test
    void withoutTheMenuTheTitleComesFirstAndTheDefaultHoldIsPlayed() throws Exception {
        assertEquals(Player.Outcome.FINISHED, play(false));
        assertEquals(List.of("Tiny.", "Each hold lasts 10 seconds.", "Stretch 1 of 1: Reach.", "Reach up.", "Hold for 10 seconds.", "Release.",
                "That is the end of the routine. Well done."), heard);
    }

    @Test
    void quitInTheMenuSaysGoodbyeAndPlaysNothingMore() throws Exception {
        inputs.add(Input.Control.QUIT);
        assertEquals(Player.Outcome.QUIT, play(true));
        assertEquals(List.of("Choose how long to hold each stretch.", Feedback.GOODBYE, "(menu closed)"), heard);
    }
}
