package limber.player;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import limber.audio.Clip;
import limber.audio.LiveSink;
import limber.audio.TimelineAudio;
import limber.mix.MusicException;
import limber.history.Entry;
import limber.history.History;
import limber.history.Learned;
import limber.routine.Routine;
import limber.session.MusicBed;
import limber.session.Session;
import limber.speech.Narrator;
import limber.threads.Threads;
import limber.timeline.SessionOptions;
import limber.timeline.Timeline;
import limber.timeline.TimelineCompiler;

/**
 * One live session of a routine, from opening the audio device to the last sample: the device
 * opens while the script loads, a synthesis worker works ahead of playback (first the first line
 * to be heard, then the whole session at the default hold), the hold menu, the rebuild when the
 * user changes the hold length, and the player's loop. Keys and voice are wired by the caller,
 * who puts their inputs on the queue given to {@link #play}.
 *
 * <pre>
 * try (LiveSession live = LiveSession.open(Speakers::open)) {  // the device opens meanwhile
 *     live.prepare(routine, options, true, false, narrator); // synthesis starts
 *     LiveSink out = live.sink();                            // waits for the device
 *     Keyboard keyboard = Keyboard.open(inputs);
 *     live.play(out, inputs, true, transcript, () -> { });
 * }
 * </pre>
 *
 * <p>One thread calls these methods, in this order; {@link #close} may come at any point.
 */
public final class LiveSession implements AutoCloseable {
    /** Opens the live sink (the speakers, or a clock for text only); may take a few hundred ms. */
    @FunctionalInterface
    public interface Device {
        LiveSink open() throws IOException;
    }

    /** Silence before the first speech and after a resume: a waking device may swallow this much. */
    /** Silence before the first speech and before "Resuming.", for a device that wakes slowly. */
    public static final int LEAD_IN_MILLIS = 500;

    private final ExecutorService opener = Executors.newSingleThreadExecutor(Threads.daemon("limber-worker"));
    private final ExecutorService synth = Executors.newSingleThreadExecutor(Threads.daemon("limber-synth"));
    private final Future<LiveSink> opening;
    private final Map<String, Future<Clip>> lines = new ConcurrentHashMap<>();
    private Routine routine;
    private SessionOptions defaults;
    private Narrator narrator;
    private HoldMenu menu;
    private String first;
    private Future<TimelineAudio> standard;
    private boolean sinkClosed;
    private boolean ready;
    private MusicBed music;
    private final List<String> notices = new ArrayList<>();
    private boolean byVoice;
    private boolean checkIns;
    private Player player;
    private Timeline planned;
    private int plannedHold;
    private History history;
    private String logScript;
    private Map<String, String> logOptions;
    private PrintStream logErr;
    private Entry logged;

    private LiveSession(Device device) {
        this.opening = opener.submit(device::open);
    }

    /** Starts opening {@code device} in the background. */
    public static LiveSession open(Device device) {
        return new LiveSession(device);
    }

    /**
     * Starts synthesizing ahead: with {@code askHold}, the hold menu first (answered aloud too
     * when {@code byVoice}), else the title; then the whole session at {@code defaults}' hold.
     * {@code narrator} is used on the synthesis thread only, until {@link #close}; the whole
     * session is said by {@link Session#defaultWorkers()} narrators from {@code narrators} at once
     * (an installed engine runs a process a line: two at a time halve the wait), after the first lines.
     */
    public void prepare(Routine routine, SessionOptions defaults, boolean askHold, boolean byVoice, Narrator narrator,
                        java.util.function.Supplier<? extends Narrator> narrators) {
        this.routine = routine;
        this.defaults = defaults;
        this.narrator = narrator;
        this.byVoice = byVoice;
        this.menu = askHold ? HoldMenu.of(routine, byVoice) : null;
        first = askHold ? menu.lines().get(0) : TimelineCompiler.texts(routine, defaults, narrator.sampleRate()).get(0);
        notices.forEach(this::spoken);
        spoken(first);
        if (askHold) {
            menu.lines().forEach(this::spoken);
        }
        standard = synth.submit(() -> dressed(Session.prepare(routine, defaults,
                TimelineCompiler.compile(routine, defaults, narrator.sampleRate(), text -> 0), narrators,
                Session.defaultWorkers())));
    }

    /** The user's music under the session, and under any session rebuilt for other holds; call before {@link #prepare}. */
    public void music(MusicBed bed) {
        this.music = bed;
    }

    /** {@code session} with the music under it, when there is music. */
    private TimelineAudio dressed(TimelineAudio session) throws IOException {
        if (music == null) {
            return session;
        }
        try {
            return music.under(session);
        } catch (MusicException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Check-ins after each hold ({@link Player#checkInsAfterHolds}), within the routine's
     * shortest and longest hold options.
     */
    public void checkInsAfterHolds() {
        checkIns = true;
    }

    /**
     * A line said before anything else (say, that voice commands are English only, or where
     * {@code --adapt} starts from); lines are said in the order given. Call before {@link #prepare}.
     */
    public void sayFirst(String notice) {
        notices.add(java.util.Objects.requireNonNull(notice, "notice"));
    }

    /** Ready when you are: the player waits for the user before each hold ({@link Player#readyBeforeHolds}). */
    public void readyBeforeHolds() {
        ready = true;
    }

    /** The device, once open; its failure to open (for example {@code Speakers.NoDevice}) is thrown here. */
    public LiveSink sink() throws IOException {
        return Threads.get(opening);
    }

    private Future<Clip> spoken(String text) {
        return lines.computeIfAbsent(text, t -> synth.submit(() -> narrator.say(t)));
    }

    /**
     * Plays the session to {@code out} (the device of {@link #sink}, or a decorator of it): the
     * menu when asked for (answered from {@code inputs} when {@code interactive}; then
     * {@code menuClosed} runs), then the routine to its end or until the user quits; the sink is
     * then closed, which plays out its end and fails if the device went away meanwhile.
     */
    public Player.Outcome play(LiveSink out, BlockingQueue<Input> inputs, boolean interactive, Listener listener,
                               Runnable menuClosed) throws IOException, InterruptedException {
        begin();
        String how = Entry.FAILED;
        try {
            Player.Outcome outcome = played(out, inputs, interactive, listener, menuClosed);
            how = outcome == Player.Outcome.FINISHED ? Entry.FINISHED : Entry.QUIT;
            return outcome;
        } finally {
            end(how);
        }
    }

    private Player.Outcome played(LiveSink out, BlockingQueue<Input> inputs, boolean interactive, Listener listener,
                                  Runnable menuClosed) throws IOException, InterruptedException {
        Player.Voice voice = text -> Threads.get(spoken(text));
        Player.Rebuild rebuild = hold -> fed(out, synth.submit(
                () -> dressed(Session.prepare(routine, defaults.withHold(hold), narrator))));
        Player player = new Player(out, inputs, voice, rebuild, listener, out.sampleRate() * LEAD_IN_MILLIS / 1000);
        this.player = player;
        player.readyBeforeHolds(ready, byVoice);
        player.checkInsAfterHolds(checkIns, routine.holdOptions().stream().mapToInt(o -> o.seconds()).min().orElse(Player.MIN_HOLD),
                routine.holdOptions().stream().mapToInt(o -> o.seconds()).max().orElse(Routine.MAX_HOLD), byVoice,
                routine.safety());
        player.answersIn(Feedback.of(limber.words.Catalogue.of(routine.language())));
        player.leadIn();
        for (String notice : notices) {
            player.speak(notice);
        }

        int hold = defaults.holdSeconds();
        long from = 0;
        if (menu != null) {
            var chosen = menu.ask(player, interactive);
            menuClosed.run();
            if (chosen == null) {
                return Player.Outcome.QUIT;
            }
            hold = chosen.seconds();
        } else {
            // the title is the timeline's first event: say it while the rest is made ready
            player.speak(first);
            from = voice.say(first).length();
        }
        TimelineAudio session = hold == defaults.holdSeconds() ? fed(out, standard) : rebuild.withHold(hold);
        planned = session.timeline();
        plannedHold = hold;
        Player.Outcome outcome = player.play(session, hold, from);
        sinkClosed = true;
        out.close();
        return outcome;
    }

    /**
     * Logs the session to {@code history} (the session log): a record when {@link #play} begins,
     * and again when it ends, finished, quit or failed, with each hold as planned and as played.
     * A session killed outright keeps its first record. When the log cannot be written, one line
     * on {@code err} says so, the session goes on, and nothing more is logged.
     */
    public void logTo(History history, String script, Map<String, String> options, PrintStream err) {
        this.history = history;
        this.logScript = script;
        this.logOptions = new LinkedHashMap<>(options);
        this.logErr = err;
    }

    /**
     * The holds of the session as planned when it began (its chosen or fixed lengths) and the
     * seconds played of each, so far; empty before the session began (the menu).
     */
    public List<Entry.Hold> held() {
        if (planned == null) {
            return List.of();
        }
        double[] done = player.heldSeconds();
        String[] checkIns = player.checkInAnswers();
        List<Entry.Hold> out = new ArrayList<>();
        List<Timeline.Span> holds = planned.holds();
        for (int i = 0; i < holds.size(); i++) {
            Timeline.Span span = holds.get(i);
            String stretch = "";
            for (Timeline.Chapter c : planned.chapters()) {
                if (c.start() <= span.start()) {
                    stretch = c.name();
                }
            }
            int seconds = (int) Math.round(span.length() / (double) planned.rate());
            out.add(new Entry.Hold(stretch, seconds, i < done.length ? done[i] : 0, i < checkIns.length ? checkIns[i] : null));
        }
        return List.copyOf(out);
    }

    private void begin() {
        if (history == null) {
            return;
        }
        try {
            logged = history.begin(routine.title(), logScript, logOptions);
        } catch (IOException | RuntimeException e) {
            logErr.println("limber: the session is not logged: " + history(e));
            history = null;
        }
    }

    private void end(String how) {
        if (history == null || logged == null) {
            return;
        }
        try {
            Map<String, String> more = new LinkedHashMap<>();
            if (plannedHold != 0) {
                more.put("hold", String.valueOf(plannedHold)); // chosen in the menu
                more.put(Learned.HOLD_AT_END, String.valueOf(player.hold())); // after check-ins and +/-
            }
            history.end(logged, how, more, held());
        } catch (IOException | RuntimeException e) {
            logErr.println("limber: the session's end is not logged: " + history(e));
        }
        history = null;
    }

    private String history(Exception e) {
        String why = e.getMessage();
        return history.file() + ": " + (e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : why);
    }

    /**
     * Waits for {@code future} while writing silence to {@code out}, paced by it: a line that runs
     * dry may take seconds to start again (an idle PulseAudio sink does), which would read as a
     * lost device and would cost the start of what follows.
     */
    private static <T> T fed(LiveSink out, Future<T> future) throws IOException {
        short[] silence = new short[TimelineAudio.CHUNK];
        while (!future.isDone()) {
            out.write(silence, 0, silence.length);
        }
        return Threads.get(future);
    }

    /**
     * Stops synthesis and, unless {@link #play} already closed it, closes the device quietly: we
     * are leaving because of an error already reported, or a quit, and one line is enough.
     */
    @Override
    public void close() {
        synth.shutdownNow();
        if (!sinkClosed && opening.isDone()) {
            try {
                opening.get().close();
            } catch (InterruptedException | ExecutionException | IOException e) {
                // it never opened, or fails as it closes: nothing more to say
            }
        }
        opener.shutdownNow();
    }
}
