package limber.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import limber.audio.LiveSink;
import limber.audio.Speakers;
import limber.audio.TimelineAudio;
import limber.player.ClockSink;
import limber.player.Feedback;
import limber.player.HoldMenu;
import limber.player.Input;
import limber.player.Keyboard;
import limber.player.Listener;
import limber.player.Player;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.session.Session;
import limber.speech.Narrator;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code limber play SCRIPT}: the live, eyes-free session. */
final class PlayCommand implements Command {
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
        Choices.addTimeline(o);
        Choices.addSpeech(o);
        return o;
    }

    @Override
    public int run(CommandLine line, Context context) throws Failure {
        String script = Args.one(line, "play", "SCRIPT");
        Routine routine = Scripts.load(script);
        limber.timeline.Options defaults = Choices.timeline(line, routine);
        boolean textOnly = line.hasOption("text-only");
        boolean askHold = !line.hasOption("hold");
        var narratorFactory = Choices.narrator(line, context);

        ExecutorService synth = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "limber-synth");
            t.setDaemon(true);
            return t;
        });
        Keyboard keyboard = null;
        LiveSink out = null;
        try (Narrator narrator = narratorFactory.get()) {
            // the synthesis worker owns the narrator; it works ahead of playback from here on
            List<String> ahead = new ArrayList<>();
            if (askHold) {
                ahead.addAll(HoldMenu.texts(routine.holdOptions()));
            }
            ahead.addAll(List.of(Feedback.PAUSED, Feedback.RESUMING, Feedback.GOODBYE));
            Future<?> warm = synth.submit(() -> Session.synthesize(ahead, narrator));
            Future<TimelineAudio> standard = synth.submit(() -> Session.prepare(routine, defaults, narrator));

            out = textOnly ? new ClockSink(ClockSink.Clock.SYSTEM) : openSpeakers();
            BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
            boolean keys = Terminal.isTerminal(0) && context.out() == System.out;
            if (keys) {
                keyboard = Keyboard.open(inputs);
            }
            Listener transcript = new Transcript(context.out(), textOnly && Terminal.isTerminal(1) && context.out() == System.out);
            Player.Voice voice = text -> get(synth.submit(() -> narrator.say(text)));
            Player.Rebuild rebuild = hold -> get(synth.submit(() -> Session.prepare(routine, defaults.withHold(hold), narrator)));
            Player player = new Player(out, inputs, voice, rebuild, transcript);

            int hold = defaults.holdSeconds();
            if (askHold) {
                HoldOption fallback = routine.holdOptions().stream().filter(o -> o.seconds() == routine.defaultHold())
                        .findFirst().orElse(routine.holdOptions().get(0));
                HoldOption chosen = HoldMenu.ask(player, out, inputs, routine.holdOptions(), fallback, keys);
                if (chosen == null) {
                    return 0;
                }
                hold = chosen.seconds();
            }
            TimelineAudio session = hold == defaults.holdSeconds() ? get(standard) : rebuild.withHold(hold);
            warm.cancel(false);
            player.play(session, hold, 0);
            return 0;
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
            if (out != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    context.err().println("limber: audio output: " + e.getMessage());
                }
            }
            synth.shutdownNow();
        }
    }

    private static LiveSink openSpeakers() throws IOException {
        return Speakers.open();
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
