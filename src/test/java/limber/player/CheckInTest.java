package limber.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import limber.testkit.RecordingSink;
import limber.timeline.CountdownStyle;
import limber.timeline.Pace;
import limber.timeline.SessionOptions;
import limber.timeline.Timeline;
import limber.timeline.TimelineCompiler;
import org.junit.jupiter.api.Test;

/**
 * --check-in over a recording sink that plays instantly, with a fake narrator (50 samples a
 * character): the answers are given at sample counts, as a user would, and the hold lengths
 * that follow are the seconds the player played of each.
 */
class CheckInTest {
    private static final Routine ROUTINE = new Routine("Tiny", null, List.of(),
            List.of(new HoldOption(10, "short"), new HoldOption(20, "long")), 20, 1, 1, List.of(), List.of(
            new Stretch("Knee", List.of(new Step.Say("Knee up.", 0), new Step.Hold(null, "left side"),
                    new Step.Say("Other knee.", 0), new Step.Hold(null, "right side"))),
            new Stretch("Fold", List.of(new Step.Say("Fold.", 0), new Step.Hold(null, null))),
            new Stretch("Twist", List.of(new Step.Say("Twist.", 0), new Step.Hold(null, null)))));

    private final Map<String, Clip> clips = new HashMap<>();
    private final BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
    private final List<String> heard = new ArrayList<>();
    /** Seconds played of each hold, by the player's own count. */
    private List<Long> holds = List.of();
    private final TreeMap<Long, Input> script = new TreeMap<>();
    private final List<Long> checkInsAt = new ArrayList<>();
    private final RecordingSink sink = RecordingSink.instant(written -> {
        while (!script.isEmpty() && script.firstKey() <= written) {
            inputs.add(script.pollFirstEntry().getValue());
        }
    });

    private Clip clip(String text) {
        return clips.computeIfAbsent(text, t -> Clip.of(new short[50 * t.length()]));
    }

    private TimelineAudio session(int hold) {
        SessionOptions o = new SessionOptions(hold, Pace.NORMAL, CountdownStyle.OFF, false, 1);
        Map<String, Clip> speech = new HashMap<>();
        for (String t : TimelineCompiler.texts(ROUTINE, o, 16_000)) {
            speech.put(t, clip(t));
        }
        return new TimelineAudio(TimelineCompiler.compile(ROUTINE, o, 16_000, t -> speech.get(t).length()), speech,
                Earcons.all(16_000));
    }

    /** Inputs given as soon as a line is said (its n-th time: one input per time, in order). */
    private final Map<String, java.util.ArrayDeque<Input>> onLine = new HashMap<>();

    private void when(String line, Input... answers) {
        onLine.computeIfAbsent(line, l -> new java.util.ArrayDeque<>()).addAll(List.of(answers));
    }

    private boolean byVoice;
    private String safety;

    private Player player() {
        Listener listener = new Listener() {
            @Override
            public void line(String text) {
                heard.add(text);
                java.util.ArrayDeque<Input> next = onLine.get(text);
                if (next != null && !next.isEmpty()) {
                    inputs.add(next.poll()); // heard by the wait that follows the line
                }
            }
        };
        Player p = new Player(sink, inputs, this::clip, this::session, listener);
        p.checkInsAfterHolds(true, 10, 20, byVoice, safety);
        return p;
    }

    private String[] checkInAnswers;

    private Player.Outcome play() throws Exception {
        Player p = player();
        Player.Outcome o = p.play(session(20), 20, 0);
        holds = java.util.Arrays.stream(p.heldSeconds()).mapToObj(Math::round).toList();
        checkInAnswers = p.checkInAnswers();
        return o;
    }

    /** Where the check-in after hold {@code i} (0-based) of the 20 s session is asked, plus {@code seconds}. */
    private long answerAt(int i, double seconds) {
        Timeline t = session(20).timeline();
        return t.unitStart(t.holds().get(i).unit() + 1) + clip(Feedback.CHECK_IN).length() + (long) (seconds * 16_000);
    }

    @Test
    void tooMuchShortensTheFollowingHoldsByTheStepAndSaysSo() throws Exception {
        script.put(answerAt(0, 1), new Input.Answer(2, 0));
        Player p = player();
        assertEquals(Player.Outcome.FINISHED, p.play(session(20), 20, 0));
        holds = java.util.Arrays.stream(p.heldSeconds()).mapToObj(Math::round).toList();
        assertEquals(List.of(20L, 15L, 15L, 15L), holds, heard.toString());
        assertTrue(heard.contains(Feedback.ENGLISH.easier(15)), heard.toString());
        assertEquals(List.of("too much", "no answer", "no answer", "no answer"), List.of(p.checkInAnswers()));
        assertEquals(4, heard.stream().filter(Feedback.CHECK_IN::equals).count(), "after each hold: " + heard);
    }

    @Test
    void tooEasyLengthensWithinTheLongestOption() throws Exception {
        script.put(answerAt(0, 1), new Input.Answer(3, 0));
        assertEquals(Player.Outcome.FINISHED, play());
        assertEquals(List.of(20L, 20L, 20L, 20L), holds);
        assertTrue(heard.contains(Feedback.ENGLISH.holdsStay(20, false)), heard.toString());
    }

    @Test
    void noAnswerIsFineSaidAloud() throws Exception {
        assertEquals(Player.Outcome.FINISHED, play());
        assertEquals(List.of(20L, 20L, 20L, 20L), holds);
        assertEquals(4, heard.stream().filter(Feedback.CHECK_IN_NO_ANSWER::equals).count(), heard.toString());
    }

    @Test
    void twiceTooMuchInARowOffersTheSkipAndNSkipsTheNextStretch() throws Exception {
        script.put(answerAt(0, 1), new Input.Answer(2, 0));
        // the second side is now 15 s: its check-in comes 5 s earlier than in the 20 s session,
        // after "Holds are now 15 seconds, ..." was said
        long shift = 5 * 16_000L - clip(Feedback.ENGLISH.easier(15)).length() - 16_000L;
        script.put(answerAt(1, 1) - shift, new Input.Answer(2, 0));
        script.put(answerAt(1, 1) - shift + clip(Feedback.ENGLISH.easier(10)).length() + clip(Feedback.CHECK_IN_TWICE).length()
                + 16_000L, Input.Control.NEXT);
        assertEquals(Player.Outcome.FINISHED, play());
        assertTrue(heard.contains(Feedback.CHECK_IN_TWICE), heard.toString());
        assertEquals(List.of(20L, 15L, 0L, 10L), holds, "Fold skipped, Twist at 10 s: " + heard);
        assertTrue(heard.stream().noneMatch("Fold."::equals), heard.toString());
    }

    @Test
    void tooMuchSaidAloudShortensTheFollowingHoldsAndTheQuestionSaysWhatToSay() throws Exception {
        byVoice = true;
        when(Feedback.CHECK_IN_BY_VOICE, Input.Feeling.TOO_MUCH, Input.Feeling.FINE, Input.Feeling.TOO_EASY);
        Player p = player();
        assertEquals(Player.Outcome.FINISHED, p.play(session(20), 20, 0));
        holds = java.util.Arrays.stream(p.heldSeconds()).mapToObj(Math::round).toList();
        assertEquals(List.of(20L, 15L, 15L, 20L), holds, heard.toString());
        assertTrue(heard.contains(Feedback.ENGLISH.easier(15)), heard.toString());
        assertTrue(heard.contains(Feedback.CHECK_IN_FINE), heard.toString());
        assertTrue(heard.contains(Feedback.ENGLISH.harder(20)), heard.toString());
        assertEquals(List.of("too much", "fine", "too easy", "no answer"), List.of(p.checkInAnswers()));
        assertEquals(0, heard.stream().filter(Feedback.CHECK_IN::equals).count(), heard.toString());
    }

    @Test
    void stopSaidWhileAskingOnlyPausesAndTheQuestionComesAgain() throws Exception {
        byVoice = true;
        when(Feedback.CHECK_IN_BY_VOICE, new Input.Said(Input.Control.QUIT), Input.Feeling.TOO_MUCH);
        when(Feedback.STOP_AGAIN, new Input.Said(Input.Control.RESUME));
        assertEquals(Player.Outcome.FINISHED, play());
        assertEquals(List.of(20L, 15L, 15L, 15L), holds, heard.toString());
        int stop = heard.indexOf(Feedback.STOP_AGAIN);
        assertEquals(List.of(Feedback.CHECK_IN_BY_VOICE, Feedback.STOP_AGAIN, Feedback.RESUMING, Feedback.CHECK_IN_BY_VOICE,
                Feedback.ENGLISH.easier(15)), heard.subList(stop - 1, stop + 4));
    }

    @Test
    void twiceTooMuchSaysTheRoutinesSafetyLineThenOffersTheSkipByVoice() throws Exception {
        byVoice = true;
        safety = "If the pain is sharp or runs down a leg, stop and rest.";
        when(Feedback.CHECK_IN_BY_VOICE, Input.Feeling.TOO_MUCH, Input.Feeling.TOO_MUCH);
        when(Feedback.CHECK_IN_TWICE_BY_VOICE, new Input.Said(Input.Control.NEXT));
        assertEquals(Player.Outcome.FINISHED, play());
        int offer = heard.indexOf(Feedback.CHECK_IN_TWICE_BY_VOICE);
        assertEquals(List.of(Feedback.ENGLISH.easier(10), safety, Feedback.CHECK_IN_TWICE_BY_VOICE, Feedback.NEXT),
                heard.subList(offer - 2, offer + 2));
        assertEquals(List.of(20L, 15L, 0L, 10L), holds, "Fold skipped, Twist at 10 s: " + heard);
    }

    @Test
    void stopSaidAtTheOfferPausesAndASecondStopEnds() throws Exception {
        byVoice = true;
        when(Feedback.CHECK_IN_BY_VOICE, Input.Feeling.TOO_MUCH, Input.Feeling.TOO_MUCH);
        when(Feedback.CHECK_IN_TWICE_BY_VOICE, new Input.Said(Input.Control.QUIT));
        when(Feedback.STOP_AGAIN, new Input.Said(Input.Control.QUIT));
        assertEquals(Player.Outcome.QUIT, play());
        assertEquals(List.of(Feedback.CHECK_IN_TWICE_BY_VOICE, Feedback.STOP_AGAIN, Feedback.GOODBYE),
                heard.subList(heard.size() - 3, heard.size()));
    }

    @Test
    void aFeelingSaidOutsideACheckInChangesNothing() throws Exception {
        // "too much" heard during the first hold (someone talking): no check-in is open
        Timeline t = session(20).timeline();
        script.put(t.holds().get(0).start() + 16_000L, Input.Feeling.TOO_MUCH);
        assertEquals(Player.Outcome.FINISHED, play());
        assertEquals(List.of(20L, 20L, 20L, 20L), holds, heard.toString());
        assertEquals(List.of("no answer", "no answer", "no answer", "no answer"), List.of(checkInAnswers));
    }

    @Test
    void qWhileAskingEndsTheSession() throws Exception {
        script.put(answerAt(0, 1), Input.Control.QUIT);
        assertEquals(Player.Outcome.QUIT, play());
        assertEquals(Feedback.GOODBYE, heard.get(heard.size() - 1));
    }
}
