package limber.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import limber.audio.Clip;
import limber.audio.LiveSink;
import limber.audio.Speakers;
import limber.audio.TimelineAudio;
import limber.listen.NarrationGate;
import limber.listen.VoiceControl;
import limber.player.ClockSink;
import limber.player.HoldMenu;
import limber.player.Input;
import limber.player.Keyboard;
import limber.player.Listener;
import limber.player.Player;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.session.Session;
import limber.speech.Narrator;
import limber.timeline.TimelineCompiler;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code limber play SCRIPT}: the live, eyes-free session. */
final class PlayCommand implements Command {
    /** When set, stderr gets one line: how long after process start the first audio went out. */
    static final String TRACE_ENV = "LIMBER_TRACE";
    /** {@code LIMBER_LISTEN=1} turns voice control on by default. */
    static final String LISTEN_ENV = "LIMBER_LISTEN";
    static final String NO_DEVICE = "no audio output device found; try --text-only, or export to a file";

    @Override
    public String synopsis() {
        return "SCRIPT";
    }

    @Override
    public String summary() {
        return "Narrate the routine live. Keys: space pause/resume, n next, p previous, r repeat, "
                + "+/- holds 5 s longer/shorter, q quit; 1-9 answer the hold menu.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("text-only").desc("no audio: print the session line by line in real time").build());
        o.addOption(Option.builder().longOpt("listen").desc("voice commands too, offline (needs pocketsphinx; default $" + LISTEN_ENV + "=1)").build());
        Choices.addTimeline(o);
        Choices.addSpeech(o);
        return o;
    }

    @Override
    public int run(CommandLine line, Context context) throws Failure {
        String script = Args.one(line, "play", "SCRIPT");
        boolean textOnly = line.hasOption("text-only");
        ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "limber-worker");
            t.setDaemon(true);
            return t;
        });
        // the voice sets the line's sample rate
        Choices.Speech narratorFactory = Choices.narrator(line, context);
        int rate = narratorFactory.sampleRate();
        // the audio line takes a few hundred ms to open: open it while the script loads
        Future<LiveSink> opening = workers.submit(() -> textOnly ? new ClockSink(ClockSink.Clock.SYSTEM, rate) : Speakers.open(rate));
        Keyboard keyboard = null;
        VoiceControl listening = null;
        LiveSink out = null;
        boolean closing = false;
        try {
            Routine routine = Scripts.load(script);
            limber.timeline.SessionOptions defaults = Choices.timeline(line, routine);
            boolean askHold = !line.hasOption("hold");
            boolean listen = (line.hasOption("listen") || "1".equals(context.env().get(LISTEN_ENV))) && !textOnly;
            if (line.hasOption("listen") && textOnly) {
                context.err().println("limber: --listen is ignored with --text-only (voice control needs the audio player)");
            }
            // the menu invites a spoken answer when voice control can start (known for sure only later)
            boolean byVoice = listen && VoiceControl.installed();
            ExecutorService synth = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "limber-synth");
                t.setDaemon(true);
                return t;
            });
            try (Narrator narrator = narratorFactory.get()) {
                // the synthesis worker owns the narrator and works ahead of playback: first the
                // first line to be heard, then the whole session at the default hold
                String first = askHold ? HoldMenu.lines(routine.holdOptions(), byVoice).get(0)
                        : TimelineCompiler.texts(routine, defaults, rate).get(0);
                Map<String, Future<Clip>> lines = new ConcurrentHashMap<>();
                Function<String, Future<Clip>> spoken = text -> lines.computeIfAbsent(text, t -> synth.submit(() -> narrator.say(t)));
                spoken.apply(first);
                if (askHold) {
                    HoldMenu.lines(routine.holdOptions(), byVoice).forEach(spoken::apply);
                }
                Future<TimelineAudio> standard = synth.submit(() -> Session.prepare(routine, defaults, narrator));

                out = get(opening);
                if (context.env().containsKey(TRACE_ENV)) {
                    out = new FirstAudioTrace(out, context.err());
                }
                BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
                boolean keys = Terminal.isTerminal(0) && context.in() == System.in;
                if (keys) {
                    keyboard = Keyboard.open(inputs);
                }
                if (listen) {
                    // the gate tells the recognizer when Limber's own voice can be heard
                    NarrationGate gate = NarrationGate.wrap(out);
                    out = gate;
                    try {
                        listening = VoiceControl.start(inputs, gate, askHold
                                ? routine.holdOptions().stream().map(HoldOption::seconds).toList() : List.of(), context.err());
                    } catch (VoiceControl.Unavailable e) {
                        context.err().println("limber: " + e.getMessage()); // play goes on with keys
                    }
                }
                Listener transcript = new Transcript(context.out(), textOnly && Terminal.isTerminal(1) && context.out() == System.out);
                Player.Voice voice = text -> get(spoken.apply(text));
                Player.Rebuild rebuild = hold -> get(synth.submit(() -> Session.prepare(routine, defaults.withHold(hold), narrator)));
                Player player = new Player(out, inputs, voice, rebuild, transcript);

                int hold = defaults.holdSeconds();
                long from = 0;
                if (askHold) {
                    HoldOption fallback = routine.holdOptions().stream().filter(o -> o.seconds() == routine.defaultHold())
                            .findFirst().orElse(routine.holdOptions().get(0));
                    HoldOption chosen = HoldMenu.ask(player, out, inputs, routine.holdOptions(), fallback,
                            keys || listening != null, byVoice);
                    if (listening != null) {
                        listening.menuClosed();
                    }
                    if (chosen == null) {
                        return 0;
                    }
                    hold = chosen.seconds();
                } else {
                    // the title is the timeline's first event: say it while the rest is made ready
                    player.speak(first);
                    from = voice.say(first).length();
                }
                TimelineAudio session = hold == defaults.holdSeconds() ? get(standard) : rebuild.withHold(hold);
                player.play(session, hold, from);
                closing = true;
                out.close(); // plays out the end; fails if the device went away meanwhile
                return 0;
            } finally {
                synth.shutdownNow();
            }
        } catch (Speakers.NoDevice e) {
            throw Failure.runtime(NO_DEVICE);
        } catch (IOException e) {
            throw Choices.io("play", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Failure.runtime("interrupted");
        } finally {
            if (keyboard != null) {
                keyboard.close();
            }
            if (listening != null) {
                listening.close();
            }
            if (closing) {
                out = null;
            } else if (out == null && opening.isDone()) {
                try {
                    out = opening.get();
                } catch (InterruptedException | ExecutionException e) {
                    // it never opened: nothing to close
                }
            }
            if (out != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    // we are leaving because of an error already reported: one line is enough
                }
            }
            workers.shutdownNow();
        }
    }

    private static <T> T get(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Notes the first write to a sink: the first PCM frame handed to the audio line. */
    static final class FirstAudioTrace implements LiveSink {
        private final LiveSink inner;
        private final PrintStream err;
        private boolean seen;

        FirstAudioTrace(LiveSink inner, PrintStream err) {
            this.inner = inner;
            this.err = err;
        }

        @Override
        public void write(short[] samples, int offset, int length) throws IOException {
            if (!seen) {
                seen = true;
                // epoch milliseconds: the caller knows when it started the process
                err.println("limber: trace: first audio at " + System.currentTimeMillis());
            }
            inner.write(samples, offset, length);
        }

        @Override
        public int sampleRate() {
            return inner.sampleRate();
        }

        @Override
        public long queued() {
            return inner.queued();
        }

        @Override
        public long flush() {
            return inner.flush();
        }

        @Override
        public void drain() {
            inner.drain();
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }
    }

    /** The session as text on stdout; inside holds, a countdown on one updating line on a terminal. */
    static final class Transcript implements Listener {
        private final PrintStream out;
        private final boolean live;
        private boolean counting;

        Transcript(PrintStream out, boolean live) {
            this.out = out;
            this.live = live;
        }

        @Override
        public void line(String text) {
            if (counting) {
                out.print("\r\033[K");
                counting = false;
            }
            out.println(text);
            out.flush();
        }

        @Override
        public void holdLeft(int seconds) {
            if (live) {
                out.print("\r\033[K  [hold: " + seconds + " s left]");
                out.flush();
                counting = true;
            }
        }
    }
}
