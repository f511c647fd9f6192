package limber.player;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import limber.audio.Clip;
import limber.audio.LiveSink;
import limber.audio.TimelineAudio;
import limber.routine.Routine;
import limber.timeline.Event;
import limber.timeline.Timeline;

/**
 * Plays a session to a live sink and applies the user's controls between chunks of 64 ms. The
 * sink's blocking writes are the clock: no sleeping, no drift. A control flushes what the sink
 * has queued, so it is heard within a chunk and the sink's small buffer.
 *
 * <p>One thread calls {@link #play}; inputs arrive from any thread through the queue.
 */
public final class Player {
    /** The shortest hold the - key makes; the longest is the script format's, {@link Routine#MAX_HOLD}. */
    public static final int MIN_HOLD = 5;
    public static final int HOLD_STEP = 5;
    /** Below this a sample counts as silence when trimming an answer; 20 ms are kept each side. */
    private static final int QUIET = 100;
    private static final int EDGE = 320;

    /** Speaks a feedback line (synthesized or cached). */
    @FunctionalInterface
    public interface Voice {
        Clip say(String text) throws IOException;
    }

    /** The same session with another hold length. */
    @FunctionalInterface
    public interface Rebuild {
        TimelineAudio withHold(int seconds) throws IOException;
    }

    public enum Outcome { FINISHED, QUIT }

    private final LiveSink out;
    private final BlockingQueue<Input> inputs;
    private final Voice voice;
    private final Rebuild rebuild;
    private final Listener listener;
    private final short[] buf = new short[TimelineAudio.CHUNK];
    private final int leadIn;
    /** With --ready, how long the player waits before it reminds, once. */
    public static final int READY_REMINDER_SECONDS = 60;
    private boolean ready;
    private Feedback feedback = Feedback.ENGLISH;
    /** With --check-in: how long the player waits for an answer before taking it as fine. */
    public static final int CHECK_IN_SECONDS = 10;
    private boolean checkIn;
    private int checkInShortest;
    private int checkInLongest;
    private int tooMuchInARow;
    private final java.util.Set<Integer> checkedIn = new java.util.HashSet<>();
    /** The check-in's answer after each hold, by its place in the timeline; null where none was asked. */
    private String[] checkInAnswers = new String[0];
    private boolean readyByVoice;
    private boolean checkInByVoice;
    private String safety;

    private TimelineAudio audio;
    private int hold;
    private long position;
    private int nextEvent;
    private int lastLeft;
    /** A line said over the timeline (time left, inside a hold's silence), and how much is out. */
    private short[] overlay;
    private int overlayAt;
    /** Samples of each hold (by its place in the timeline) that went out: what was done of it. */
    private long[] heldSamples = new long[0];
    private int rate = 1;

    public Player(LiveSink out, BlockingQueue<Input> inputs, Voice voice, Rebuild rebuild, Listener listener) {
        this(out, inputs, voice, rebuild, listener, 0);
    }

    /**
     * As above; {@code leadInSamples} of silence go out before the first speech ({@link #leadIn})
     * and before "Resuming.", so that a device waking up (Bluetooth, a suspended sink) swallows
     * silence, not the first syllables.
     */
    public Player(LiveSink out, BlockingQueue<Input> inputs, Voice voice, Rebuild rebuild, Listener listener,
                  int leadInSamples) {
        this.leadIn = leadInSamples;
        this.out = out;
        this.inputs = inputs;
        this.voice = voice;
        this.rebuild = rebuild;
        this.listener = listener;
    }

    /** The sink the player writes to (the menu plays through it too). */
    LiveSink out() {
        return out;
    }

    /** Where the user's inputs arrive (the menu reads its answers there). */
    BlockingQueue<Input> inputs() {
        return inputs;
    }

    /**
     * Seconds of each hold of the session being played (in timeline order) that were played
     * out so far: a hold cut short by n, shortened by -, or skipped shows here. Audio flushed by
     * a control counts, as written, not as heard (at most the sink's small buffer).
     */
    public double[] heldSeconds() {
        double[] s = new double[heldSamples.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = heldSamples[i] / (double) rate;
        }
        return s;
    }

    /** The hold length now in force (changed by longer/shorter). */
    public int hold() {
        return hold;
    }

    /**
     * Plays {@code session} (whose chosen holds are {@code holdSeconds}) from sample {@code from}
     * to its end, or until the user quits.
     */
    public Outcome play(TimelineAudio session, int holdSeconds, long from) throws IOException, InterruptedException {
        audio = session;
        hold = holdSeconds;
        heldSamples = new long[session.timeline().holds().size()];
        checkInAnswers = new String[heldSamples.length];
        rate = session.timeline().rate();
        seek(from);
        while (position < audio.length()) {
            Input input = inputs.poll();
            if (input != null && apply(input) == Outcome.QUIT) {
                return Outcome.QUIT;
            }
            long check = checkIn ? nextCheckIn() : -1;
            if (check == position) {
                if (askCheckIn() == Outcome.QUIT) {
                    return Outcome.QUIT;
                }
                continue;
            }
            long gate = ready ? nextGate() : -1;
            if (check > position && (gate < 0 || check < gate)) {
                gate = check; // stop there too: the chunk must not run past the check-in
            }
            if (gate == position) {
                if (awaitReady() == Outcome.QUIT) {
                    return Outcome.QUIT;
                }
                continue;
            }
            int max = (int) Math.min(buf.length, audio.length() - position);
            if (gate > position) {
                max = (int) Math.min(max, gate - position);
            }
            int n = audio.read(position, buf, 0, max);
            announce(position, position + n);
            mix(buf, n);
            out.write(buf, 0, n);
            position += n;
        }
        out.drain();
        return Outcome.FINISHED;
    }

    /**
     * Ready when you are: before each hold (where its unit starts, before settling in) the player
     * says {@link Feedback#READY} and waits, however long, for space, Enter or "ready" said;
     * then the hold is announced and starts at once, without the settling-in silence. After
     * {@link #READY_REMINDER_SECONDS} it reminds once. Other controls work while it waits.
     * Anywhere else {@code READY} does nothing at all: a misheard "ready" never acts.
     */
    public void readyBeforeHolds(boolean on) {
        readyBeforeHolds(on, false);
    }

    /** As above; {@code byVoice}: the prompts say "or say ready" ({@link Feedback#READY_BY_VOICE}). */
    public void readyBeforeHolds(boolean on, boolean byVoice) {
        ready = on;
        readyByVoice = byVoice;
    }

    /**
     * Check-ins: after each hold (each side of a stretch), where the next step begins, the player
     * asks {@link Feedback#CHECK_IN} and waits up to {@link #CHECK_IN_SECONDS} for 1 (fine), 2 (too
     * much) or 3 (too easy); no answer is fine, said aloud. Too much makes the chosen holds from
     * here on {@link #HOLD_STEP} shorter, never below {@code shortest}; too easy longer, never
     * above {@code longest}; each change is said. Two "too much" in a row offer to skip the next
     * stretch (n) or to end (q). Fixed holds keep their length. Not asked when nothing follows the hold.
     */
    public void checkInsAfterHolds(boolean on, int shortest, int longest) {
        checkInsAfterHolds(on, shortest, longest, false, null);
    }

    /**
     * As above; {@code byVoice}: the questions say what to say too ({@link Feedback#CHECK_IN_BY_VOICE});
     * {@code safety}: the routine's safety line, said before the offer after two "too much" in a
     * row (null: none).
     */
    public void checkInsAfterHolds(boolean on, int shortest, int longest, boolean byVoice, String safety) {
        checkIn = on;
        checkInShortest = shortest;
        checkInLongest = longest;
        checkInByVoice = byVoice;
        this.safety = safety;
    }

    /** Where the next check-in is asked (after a hold not yet asked about), or -1. */
    private long nextCheckIn() {
        List<Timeline.Span> holds = audio.timeline().holds();
        for (int i = 0; i < holds.size(); i++) {
            int after = holds.get(i).unit() + 1;
            if (after < audio.timeline().units() && !checkedIn.contains(i)) {
                long at = audio.timeline().unitStart(after);
                if (at >= position && at > holds.get(i).start()) {
                    return at;
                }
            }
        }
        return -1;
    }

    private int holdEndingAt(long at) {
        List<Timeline.Span> holds = audio.timeline().holds();
        for (int i = 0; i < holds.size(); i++) {
            int after = holds.get(i).unit() + 1;
            if (after < audio.timeline().units() && audio.timeline().unitStart(after) == at) {
                return i;
            }
        }
        return -1;
    }

    private Outcome askCheckIn() throws IOException, InterruptedException {
        long gate = position;
        int asked = holdEndingAt(gate);
        checkedIn.add(asked);
        Input input;
        while (true) {
            answer(checkInByVoice ? feedback.checkInByVoice() : feedback.checkIn());
            input = awaitAnswer();
            if (!(input instanceof Input.Said s && s.control() == Input.Control.QUIT)) {
                break;
            }
            // "stop" said: a misheard word must not end the session; asked again once resumed
            if (paused(feedback.stopAgain()) == Outcome.QUIT) {
                return Outcome.QUIT;
            }
        }
        if (Input.control(input) == Input.Control.QUIT) {
            return quit();
        }
        int said = feeling(input);
        if (asked >= 0 && asked < checkInAnswers.length) {
            checkInAnswers[asked] = CHECK_IN_WORDS[said];
        }
        if (said == 0 || said == 1) {
            tooMuchInARow = 0;
            answer(said == 0 ? feedback.checkInNoAnswer() : feedback.checkInFine());
            return null;
        }
        boolean tooMuch = said == 2;
        tooMuchInARow = tooMuch ? tooMuchInARow + 1 : 0;
        int wanted = tooMuch ? Math.max(checkInShortest, hold - HOLD_STEP) : Math.min(checkInLongest, hold + HOLD_STEP);
        if (wanted == hold) {
            answer(feedback.holdsStay(hold, tooMuch));
        } else {
            Timeline old = audio.timeline();
            int unit = old.unitAt(Math.min(gate, old.length() - 1));
            audio = rebuild.withHold(wanted);
            hold = wanted;
            seek(audio.timeline().unitStart(unit)); // the same step, in the session with the new holds
            answer(tooMuch ? feedback.easier(wanted) : feedback.harder(wanted));
        }
        if (tooMuch && tooMuchInARow >= 2) {
            tooMuchInARow = 0;
            if (safety != null) {
                answer(safety);
            }
            answer(checkInByVoice ? feedback.checkInTwiceByVoice() : feedback.checkInTwice());
            Input choice = awaitAnswer();
            if (choice instanceof Input.Said s && s.control() == Input.Control.QUIT) {
                return paused(feedback.stopAgain()); // ends only on a second stop, or q
            }
            Input.Control c = Input.control(choice);
            if (c == Input.Control.QUIT) {
                return quit();
            }
            if (c == Input.Control.NEXT) {
                skipNextStretch();
            }
        }
        return null;
    }

    /** A check-in's answer: 1 fine, 2 too much, 3 too easy (keyed or said), 0 for anything else or none. */
    private static int feeling(Input input) {
        if (input instanceof Input.Feeling f) {
            return f.ordinal() + 1;
        }
        return input instanceof Input.Answer a && a.seconds() == 0 && a.option() >= 1 && a.option() <= 3 ? a.option() : 0;
    }

    private static final String[] CHECK_IN_WORDS = {"no answer", "fine", "too much", "too easy"};

    /** The check-in's answer after each hold ("fine", "too much", "too easy", "no answer"), null where none was asked. */
    public String[] checkInAnswers() {
        return checkInAnswers.clone();
    }

    /** The next input within {@link #CHECK_IN_SECONDS}, the wait paced by the sink; null for none. */
    private Input awaitAnswer() throws IOException {
        short[] silence = new short[TimelineAudio.CHUNK];
        long waited = 0;
        while (waited < (long) CHECK_IN_SECONDS * out.sampleRate()) {
            Input input = inputs.poll();
            if (input != null) {
                out.flush();
                return input;
            }
            out.write(silence, 0, silence.length);
            waited += silence.length;
        }
        return null;
    }

    /** From here to the start of the stretch after the next one (or the end). */
    private void skipNextStretch() throws IOException {
        List<Timeline.Chapter> chapters = audio.timeline().chapters();
        int seen = 0;
        for (Timeline.Chapter c : chapters) {
            if (c.start() >= position && ++seen == 2) {
                seek(c.start());
                answer(feedback.next());
                return;
            }
        }
        seek(audio.length());
    }

    /** The answers are said in {@code feedback}'s language (English until this is called). */
    public void answersIn(Feedback feedback) {
        this.feedback = java.util.Objects.requireNonNull(feedback, "feedback");
    }

    /** The answers the player says, in the session's language. */
    Feedback feedback() {
        return feedback;
    }

    /** The first hold gate at or after the position, or -1. */
    private long nextGate() {
        long next = -1;
        for (Timeline.Span span : audio.timeline().holds()) {
            long g = audio.timeline().unitStart(span.unit());
            if (g >= position && (next < 0 || g < next)) {
                next = g;
            }
        }
        return next;
    }

    private Outcome awaitReady() throws IOException, InterruptedException {
        long gate = position;
        answer(readyByVoice ? feedback.readyByVoice() : feedback.ready());
        short[] silence = new short[TimelineAudio.CHUNK];
        long waited = 0;
        boolean reminded = false;
        while (position == gate) {
            Input input = inputs.poll();
            if (input == null) {
                out.write(silence, 0, silence.length); // the sink paces the wait
                waited += silence.length;
                if (!reminded && waited >= (long) READY_REMINDER_SECONDS * out.sampleRate()) {
                    reminded = true;
                    answer(readyByVoice ? feedback.readyAgainByVoice() : feedback.readyAgain());
                }
                continue;
            }
            out.flush(); // the waiting silence is not part of the timeline: heard is the gate
            Input.Control c = Input.control(input);
            if (c == Input.Control.READY || c == Input.Control.PAUSE_RESUME && !(input instanceof Input.Said)) {
                seek(announcement(gate));
                return null;
            }
            if (apply(input) == Outcome.QUIT) {
                return Outcome.QUIT;
            }
        }
        return null;
    }

    /** The hold's announcement: the first line said after {@code gate}. */
    private long announcement(long gate) {
        List<Event> events = audio.timeline().events();
        for (int i = audio.timeline().eventAt(gate); i < events.size(); i++) {
            if (events.get(i) instanceof Event.Speech s && s.start() >= gate) {
                return s.start();
            }
        }
        return gate;
    }

    /** The lead-in silence: before the first thing said, and again before "Resuming.". */
    public void leadIn() throws IOException {
        java.util.Arrays.fill(buf, (short) 0);
        for (int done = 0; done < leadIn; done += buf.length) {
            out.write(buf, 0, Math.min(buf.length, leadIn - done));
        }
    }

    /** Plays a line outside the timeline (a feedback line, a menu line), whole. */
    public void speak(String text) throws IOException {
        speak(text, false);
    }

    /**
     * Says a control's answer ("Paused."), without the silence the narrator leaves around it:
     * an answer should follow the key at once, and q should end the process quickly.
     */
    void answer(String text) throws IOException {
        listener.line(text);
        short[] pcm = trimmed(voice.say(text).toArray());
        for (int at = 0; at < pcm.length; at += TimelineAudio.CHUNK) {
            out.write(pcm, at, Math.min(TimelineAudio.CHUNK, pcm.length - at));
        }
    }

    /** {@code pcm} without the narrator's silence before and after it, but 20 ms each side. */
    private static short[] trimmed(short[] pcm) {
        int from = 0;
        int to = pcm.length;
        while (from < to && Math.abs(pcm[from]) < QUIET) {
            from++;
        }
        while (to > from && Math.abs(pcm[to - 1]) < QUIET) {
            to--;
        }
        from = Math.max(0, from - EDGE);
        to = Math.min(pcm.length, to + EDGE);
        return java.util.Arrays.copyOfRange(pcm, from, to);
    }

    /**
     * Plays a line outside the timeline; when {@code interruptible}, stops at the first chunk
     * boundary after an input arrives and returns false.
     */
    boolean speak(String text, boolean interruptible) throws IOException {
        listener.line(text);
        short[] pcm = voice.say(text).toArray();
        for (int at = 0; at < pcm.length; at += TimelineAudio.CHUNK) {
            if (interruptible && inputs.peek() != null) {
                return false;
            }
            out.write(pcm, at, Math.min(TimelineAudio.CHUNK, pcm.length - at));
        }
        return true;
    }

    private Outcome apply(Input input) throws IOException, InterruptedException {
        if (input instanceof Input.Continued) {
            seek(lineStart(position - out.flush()));
            return paused(feedback.paused());
        }
        Input.Control c = Input.control(input);
        if (c == null) {
            return null; // menu answers, unknown keys and end of input mean nothing once playing
        }
        if (c == Input.Control.READY || c == Input.Control.TIME_LEFT && timeLeft()) {
            return null; // nothing is waiting for ready here; the time left is said over the hold
        }
        boolean said = input instanceof Input.Said;
        long heard = position - out.flush();
        Timeline t = audio.timeline();
        int unit = t.unitAt(Math.min(heard, t.length() - 1));
        switch (c) {
            case PAUSE_RESUME, PAUSE -> {
                seek(lineStart(heard));
                return paused(feedback.paused());
            }
            case RESUME -> seek(heard);
            case NEXT -> jump(t.unitStart(Math.min(unit + 1, t.units() - 1)), said ? feedback.next() : null);
            case PREVIOUS -> jump(t.unitStart(Math.max(unit - 1, 0)), said ? feedback.previous() : null);
            case REPEAT -> jump(t.unitStart(unit), said ? feedback.repeat() : null);
            case LONGER, SHORTER -> changeHold(c == Input.Control.LONGER ? HOLD_STEP : -HOLD_STEP, heard);
            case READY -> throw new AssertionError(c); // handled above
            case TIME_LEFT -> {
                seek(lineStart(heard));
                answer(feedback.notInAHold());
            }
            case QUIT -> {
                if (said) {
                    seek(lineStart(heard));
                    return paused(feedback.stopAgain());
                }
                return quit();
            }
        }
        return null;
    }

    private Outcome quit() throws IOException {
        answer(feedback.goodbye());
        out.drain();
        return Outcome.QUIT;
    }

    private void jump(long to, String confirmation) throws IOException {
        seek(to);
        if (confirmation != null) {
            answer(confirmation);
        }
    }

    /** Says {@code line} and waits for resume; a quit while paused, said or keyed, ends the session. */
    private Outcome paused(String line) throws IOException, InterruptedException {
        answer(line);
        short[] silence = new short[TimelineAudio.CHUNK];
        while (true) {
            Input input = inputs.poll();
            if (input == null) {
                // silence keeps the line running: one that runs dry may be slow to start again
                out.write(silence, 0, silence.length);
                continue;
            }
            Input.Control c = Input.control(input);
            if (c == Input.Control.PAUSE_RESUME || c == Input.Control.RESUME) {
                out.flush();
                leadIn(); // the device may have gone to sleep while paused
                answer(feedback.resuming());
                return null;
            }
            if (c == Input.Control.QUIT) {
                out.flush();
                return quit();
            }
            if (input instanceof Input.Continued) {
                out.flush();
                answer(feedback.paused()); // back from Ctrl-Z: still paused
                continue;
            }
            if (c != null && c != Input.Control.PAUSE) {
                apply(input); // a jump or a hold change while paused takes effect; still paused
            }
        }
    }

    /**
     * Inside a hold, says the whole seconds left over the hold's audio, from the next chunk on,
     * without moving the timeline: the hold keeps its length. False outside a hold.
     */
    private boolean timeLeft() throws IOException {
        long at = position; // what is queued is heard first: the answer is heard from here
        for (Timeline.Span span : audio.timeline().holds()) {
            if (at >= span.start() && at < span.end()) {
                int rate = audio.timeline().rate();
                int left = (int) ((span.end() - at + rate - 1) / rate);
                String text = feedback.left(left);
                listener.line(text);
                overlay = trimmed(voice.say(text).toArray());
                overlayAt = 0;
                return true;
            }
        }
        return false;
    }

    private void mix(short[] samples, int n) {
        if (overlay == null) {
            return;
        }
        for (int i = 0; i < n && overlayAt < overlay.length; i++) {
            samples[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, samples[i] + overlay[overlayAt++]));
        }
        if (overlayAt >= overlay.length) {
            overlay = null;
        }
    }

    private void changeHold(int delta, long heard) throws IOException {
        int wanted = Math.max(MIN_HOLD, Math.min(Routine.MAX_HOLD, hold + delta));
        if (wanted == hold) {
            seek(heard);
            answer(feedback.atBound(hold));
            return;
        }
        Timeline old = audio.timeline();
        int unit = old.unitAt(Math.min(heard, old.length() - 1));
        long offset = lineStart(heard) - old.unitStart(unit);
        audio = rebuild.withHold(wanted);
        hold = wanted;
        Timeline now = audio.timeline();
        long unitEnd = unit + 1 < now.units() ? now.unitStart(unit + 1) : now.length();
        seek(Math.min(now.unitStart(unit) + offset, unitEnd - 1));
        answer(feedback.now(wanted));
    }

    /** Where to go back to so as not to resume mid-word: the start of the line being said. */
    private long lineStart(long heard) {
        Timeline t = audio.timeline();
        if (heard >= t.length()) {
            return t.length();
        }
        Event e = t.events().get(t.eventAt(heard));
        return e instanceof Event.Speech ? e.start() : heard;
    }

    private void seek(long to) {
        position = Math.max(0, Math.min(to, audio.length()));
        List<Event> events = audio.timeline().events();
        nextEvent = position >= audio.length() ? events.size() : audio.timeline().eventAt(position);
        if (nextEvent < events.size() && events.get(nextEvent).start() < position) {
            nextEvent++; // already inside this one: it is not announced again
        }
        lastLeft = 0;
        overlay = null;
    }

    /** Tells the listener of the lines starting in [from, to) and of hold seconds passing. */
    private void announce(long from, long to) {
        List<Event> events = audio.timeline().events();
        while (nextEvent < events.size() && events.get(nextEvent).start() < to) {
            if (events.get(nextEvent) instanceof Event.Speech s) {
                listener.line(s.text());
            }
            nextEvent++;
        }
        List<Timeline.Span> holds = audio.timeline().holds();
        for (int i = 0; i < holds.size(); i++) {
            Timeline.Span span = holds.get(i);
            if (to > span.start() && from < span.end()) {
                if (i < heldSamples.length) {
                    heldSamples[i] += Math.min(to, span.end()) - Math.max(from, span.start());
                }
                int rate = audio.timeline().rate();
                int left = (int) ((span.end() - from + rate - 1) / rate);
                if (left != lastLeft) {
                    lastLeft = left;
                    listener.holdLeft(left);
                }
            }
        }
    }
}
