package limber.listen;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import limber.player.Input;

/**
 * Hands-free control of a session: listens to the microphone and puts what it hears on the
 * player's input queue, next to the keyboard's. Commands: pause, resume (or continue), next,
 * back, repeat, longer, shorter, stop, ready (only while the player waits for it, see
 * {@link limber.player.Player#readyBeforeHolds}), time (the time left in a hold); while the hold menu is open also its answers ("two",
 * "thirty", "thirty seconds").
 *
 * <pre>{@code
 * NarrationGate gate = NarrationGate.wrap(speakers);           // the player writes to gate
 * try (VoiceControl voice = VoiceControl.start(inputs, gate, List.of(15, 30, 45), err)) {
 *     menu.ask(player, true);                                  // "two" -> Answer(2, 0)
 *     voice.menuClosed();                                      // a countdown's "two" is no answer
 *     player.play(...);                                        // "pause" -> Control.PAUSE
 * }
 * }</pre>
 *
 * <p>What is not a command is ignored silently. An utterance counts only if it is short (0.1 to
 * 1.5 s of speech), follows at least 1 s of quiet, was not spoken while the narrator could be
 * heard ({@code narratorSilent}), and pocketsphinx both decodes it as one phrase and spots that
 * phrase, with confidence, over all but 0.3 s of it, and no free sequence of phones fits it much
 * better (see {@link PocketSphinx}). Controls go on the queue as {@link Input.Said}, so the
 * player confirms them aloud; menu answers as they are. A command is
 * acted on about 0.6 s after its last word ends: 0.4 s to be sure the speaker has stopped, the
 * rest to recognize it.
 *
 * <p>When the recognizer breaks (pocketsphinx crashes or exits with an error), or fails on three
 * utterances in a row (a decode that runs out of time), or the microphone fails, voice control
 * stops: one line on {@code err}, the microphone released, nothing more put on the queue; the
 * keys, on the same queue, go on working. A single failed utterance is lost, like one not
 * understood.
 *
 * <p>Two daemon threads: one reads the microphone, one recognizes. {@link #menuClosed} and
 * {@link #close} may be called from any thread.
 */
public final class VoiceControl implements AutoCloseable {
    /** Why voice control cannot start, as one line for the user (play goes on with keys). */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What happened to each utterance; for tests, benchmarks and a verbose log. */
    interface Events {
        /**
         * An utterance was recognized (input non-null) or rejected, when the microphone had
         * recorded {@code at} samples.
         */
        void outcome(Listening.Outcome outcome, long at);

        default void dropped(Segmenter.Utterance u, String why) {
        }

        /** Every chunk the microphone delivered, in order. */
        default void captured(short[] pcm, int length) {
        }

        Events NONE = (o, at) -> { };
    }

    /** A 20 ms read: small enough that the end of a word is seen at once. */
    static final int CHUNK = Segmenter.RATE / 50;
    private static final int MAX_FAILURES = 3;

    private final Capture mic;
    private final Recognizer recognizer;
    private final AutoCloseable recognizerCloser;
    private final BlockingQueue<Input> inputs;
    private final BooleanSupplier narratorSilent;
    private final PrintStream err;
    private final Events events;
    private final BlockingQueue<Segmenter.Utterance> pending = new ArrayBlockingQueue<>(4);
    private final Thread capture;
    private final Thread recognition;
    private volatile Vocabulary vocabulary;
    /** What is heard once the menu is closed: the controls, and a check-in's answers in a session with check-ins. */
    private final Vocabulary afterMenu;
    private volatile boolean closed;
    /** Set once voice control has stopped by itself (and said why). */
    private final AtomicBoolean stopped = new AtomicBoolean();

    VoiceControl(Capture mic, Recognizer recognizer, AutoCloseable recognizerCloser, Listening.Settings settings,
                 BlockingQueue<Input> inputs, BooleanSupplier narratorSilent, Vocabulary vocabulary, PrintStream err,
                 Events events) {
        this(mic, recognizer, recognizerCloser, settings, inputs, narratorSilent, vocabulary, Vocabulary.controls(), err,
                events);
    }

    VoiceControl(Capture mic, Recognizer recognizer, AutoCloseable recognizerCloser, Listening.Settings settings,
                 BlockingQueue<Input> inputs, BooleanSupplier narratorSilent, Vocabulary vocabulary, Vocabulary afterMenu,
                 PrintStream err, Events events) {
        this.afterMenu = afterMenu;
        this.mic = mic;
        this.recognizer = recognizer;
        this.recognizerCloser = recognizerCloser;
        this.inputs = inputs;
        this.narratorSilent = narratorSilent == null ? () -> true : narratorSilent;
        this.vocabulary = vocabulary;
        this.err = err;
        this.events = events;
        Listening listening = new Listening(settings, new Listening.Utterances() {
            @Override
            public void candidate(Segmenter.Utterance u) {
                while (!pending.offer(u)) {
                    pending.poll(); // recognition fell behind: the newest utterance matters most
                }
            }

            @Override
            public void dropped(Segmenter.Utterance u, String why) {
                events.dropped(u, why);
            }
        });
        this.capture = new Thread(() -> capture(listening), "limber-microphone");
        this.recognition = new Thread(this::recognize, "limber-recognizer");
        capture.setDaemon(true);
        recognition.setDaemon(true);
        capture.start();
        recognition.start();
    }

    /**
     * Opens the default microphone and pocketsphinx, and starts listening.
     *
     * @param inputs the player's input queue
     * @param narratorSilent true while the player's own voice cannot be heard (a
     *     {@link NarrationGate}); null to listen all the time
     * @param menuSeconds the hold menu's options, in order, whose answers are heard until
     *     {@link #menuClosed}; empty when there is no menu
     * @param err where a failure while listening is reported, one line, before listening stops
     * @throws Unavailable when pocketsphinx, its model or a microphone is missing; the message
     *     is one line saying what to install or check
     */
    public static VoiceControl start(BlockingQueue<Input> inputs, BooleanSupplier narratorSilent, List<Integer> menuSeconds,
                                     PrintStream err) throws Unavailable {
        return start(inputs, narratorSilent, menuSeconds, false, err);
    }

    /**
     * As above; {@code checkIns}: a check-in's answers ("fine", "too much", "too easy", ...) are
     * heard too once the menu is closed (they mean something only while the player asks).
     */
    public static VoiceControl start(BlockingQueue<Input> inputs, BooleanSupplier narratorSilent, List<Integer> menuSeconds,
                                     boolean checkIns, PrintStream err) throws Unavailable {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(err, "err");
        Vocabulary afterMenu = checkIns ? Vocabulary.controls().withCheckIns() : Vocabulary.controls();
        Vocabulary v = menuSeconds.isEmpty() ? afterMenu : Vocabulary.controls().withAnswers(menuSeconds);
        PocketSphinx ps;
        try {
            ps = PocketSphinx.open(PocketSphinx.Settings.DEFAULT);
        } catch (IOException e) {
            throw new Unavailable(e instanceof PocketSphinx.Unavailable ? e.getMessage()
                    : "voice control cannot start pocketsphinx: " + e.getMessage(), e);
        }
        Microphone mic;
        try {
            mic = Microphone.open();
        } catch (IOException e) {
            ps.close();
            throw new Unavailable("voice control found no microphone (no 16 kHz capture line on the default audio"
                    + " device)", e);
        }
        return new VoiceControl(mic, ps, ps, Listening.Settings.DEFAULT, inputs, narratorSilent, v, afterMenu, err,
                Events.NONE);
    }

    /** Whether pocketsphinx is on PATH: {@link #start} can be expected to work (a microphone permitting). */
    public static boolean installed() {
        return PocketSphinx.onPath(PocketSphinx.PROGRAM) != null;
    }

    /** The menu has been answered (or given up): from now on only the controls (and a check-in's answers) are heard. */
    public void menuClosed() {
        vocabulary = afterMenu;
    }

    private void capture(Listening listening) {
        short[] chunk = new short[CHUNK];
        try {
            while (!closed && !stopped.get()) {
                int n = mic.read(chunk);
                if (n <= 0) {
                    break;
                }
                events.captured(chunk, n);
                listening.accept(chunk, 0, n, !narratorSilent.getAsBoolean());
            }
        } catch (IOException | RuntimeException e) {
            stop("microphone: " + e.getMessage());
        }
    }

    private void recognize() {
        int failures = 0;
        try {
            while (!closed && !stopped.get()) {
                Segmenter.Utterance u = pending.take();
                try {
                    Listening.Outcome o = Listening.interpret(u, recognizer, vocabulary);
                    failures = 0;
                    if (o.input() != null && !closed) {
                        inputs.add(o.input() instanceof Input.Control c ? new Input.Said(c) : o.input());
                    }
                    events.outcome(o, mic.position());
                } catch (InterruptedIOException e) {
                    return; // closing
                } catch (Recognizer.Broken e) {
                    stop(e.getMessage()); // it would fail on every utterance from now on
                    return;
                } catch (IOException e) {
                    if (++failures >= MAX_FAILURES) {
                        stop(e.getMessage());
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            // closing
        }
    }

    /**
     * Voice control gives up by itself: says why in one line (unless it is being closed), and
     * releases the microphone. The keys, on the same queue, are not affected.
     */
    private void stop(String why) {
        if (closed || !stopped.compareAndSet(false, true)) {
            return;
        }
        err.println("limber: voice control stopped: " + why);
        mic.close();
        recognition.interrupt();
    }

    /** Stops listening and releases the microphone and the recognizer's files. */
    @Override
    public void close() {
        closed = true;
        mic.close();
        recognition.interrupt();
        try {
            capture.join(1000);
            recognition.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            recognizerCloser.close();
        } catch (Exception e) {
            // temporary files only
        }
    }
}
