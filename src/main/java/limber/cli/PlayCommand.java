package limber.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import limber.audio.FirstAudioTrace;
import limber.audio.LiveSink;
import limber.audio.Speakers;
import limber.history.History;
import limber.listen.NarrationGate;
import limber.listen.VoiceControl;
import limber.mix.MusicException;
import limber.player.ClockSink;
import limber.player.Feedback;
import limber.player.Input;
import limber.player.Keyboard;
import limber.player.Listener;
import limber.player.LiveSession;
import limber.player.Transcript;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.session.MusicBed;
import limber.speech.Narrator;
import limber.words.Catalogue;
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
        return "Narrate the routine live. Keys: space pause/resume, n or right next, p or left previous, r repeat, "
                + "+/- or up/down holds 5 s longer/shorter, t time left in the hold, q quit; 1-9 answer the hold menu.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("text-only").desc("no audio: print the session line by line in real time").build());
        o.addOption(Option.builder().longOpt("ready").desc("wait before each hold until space or Enter says you are in position").build());
        o.addOption(Option.builder().longOpt("check-in").desc("after each hold, ask how it felt (1 fine, 2 too much, 3 too easy) and adapt the holds").build());
        o.addOption(Option.builder().longOpt("adapt").desc("start from the hold length the session log says this routine ended with last time").build());
        o.addOption(Option.builder().longOpt("no-log").desc("do not append this session to the session log ($XDG_DATA_HOME/limber/history.jsonl)").build());
        o.addOption(Option.builder().longOpt("listen").desc("voice commands too, offline (needs pocketsphinx; default $" + LISTEN_ENV + "=1)").build());
        Choices.addTimeline(o);
        Choices.addSpeech(o);
        Choices.addMusic(o);
        return o;
    }

    private static LiveSession open(boolean textOnly, int rate) {
        return LiveSession.open(textOnly ? () -> new ClockSink(ClockSink.Clock.SYSTEM, rate) : () -> Speakers.open(rate));
    }

    @Override
    public int run(CommandLine line, Context context) throws Failure {
        String script = Args.one(line, "play", "SCRIPT");
        boolean textOnly = line.hasOption("text-only");
        // the voice sets the line's sample rate
        Choices.Speech guess = Choices.narrator(line, context);
        // the audio line takes a few hundred ms to open: open it while the script loads
        LiveSession live = open(textOnly, guess.sampleRate());
        Keyboard keyboard = null;
        VoiceControl listening = null;
        MusicBed music = null;
        try {
            Routine routine = Scripts.load(script);
            // the routine's language may want another voice (English keeps the one guessed)
            Choices.Speech narratorFactory = Choices.narrator(line, context, true, routine.language(), guess);
            if (narratorFactory.sampleRate() != guess.sampleRate()) {
                live.close();
                live = open(textOnly, narratorFactory.sampleRate());
            }
            limber.timeline.SessionOptions defaults = Choices.timeline(line, routine);
            music = Choices.music(line);
            if (music != null && textOnly) {
                context.err().println("limber: --music is ignored with --text-only (there is no sound to put it under)");
                music = null;
            } else if (music != null) {
                music.decode(narratorFactory.sampleRate()); // a file it cannot use stops play before a sound
                live.music(music);
            }
            boolean chosen = routine.chosenHolds() > 0;
            if (!chosen && line.hasOption("hold")) {
                context.err().println("limber: --hold is ignored: " + script + (routine.breathHolds() > 0
                        ? " has no hold of the chosen length, only fixed holds and holds in breaths"
                        : " has no \"hold\": true step, only fixed holds"));
            }
            boolean askHold = chosen && !line.hasOption("hold");
            boolean keys = Terminal.isTerminal(0) && context.in() == System.in;
            boolean listen = (line.hasOption("listen") || "1".equals(context.env().get(LISTEN_ENV))) && !textOnly;
            if (line.hasOption("listen") && textOnly) {
                context.err().println("limber: --listen is ignored with --text-only (voice control needs the audio player)");
            }
            Catalogue words = Catalogue.of(routine.language());
            if (listen && !words.english()) {
                context.err().println("limber: " + words.englishOnly()); // in the routine's language
                live.sayFirst(words.englishOnly()); // and said, for the one lying on the mat
            }
            // the menu invites a spoken answer when voice control can start (known for sure only later)
            boolean byVoice = listen && VoiceControl.installed();
            boolean checkIn = line.hasOption("check-in") || routine.checkIn();
            if (checkIn) {
                if (keys || byVoice) {
                    live.checkInsAfterHolds();
                } else if (line.hasOption("check-in")) {
                    throw Failure.usage("--check-in needs the keyboard or --listen: standard input is not a terminal");
                } else {
                    context.err().println("limber: \"checkIn\": true in " + script + " is ignored: standard input is"
                            + " not a terminal and voice control is off; nobody could answer");
                    checkIn = false;
                }
            }
            if (line.hasOption("adapt")) {
                Integer learned = Adapt.hold(line, context, routine, script);
                if (learned != null) {
                    defaults = defaults.withHold(learned);
                    askHold = false;
                    live.sayFirst(Feedback.of(words).adaptFrom(learned));
                } else if (askHold) {
                    live.sayFirst(Feedback.of(words).adaptNone());
                }
            }
            if (line.hasOption("ready") || routine.ready()) {
                if (keys || byVoice) {
                    live.readyBeforeHolds();
                } else if (line.hasOption("ready")) {
                    throw Failure.usage("--ready needs the keyboard or --listen: standard input is not a terminal");
                } else {
                    context.err().println("limber: \"ready\": true in " + script + " is ignored: standard input is not a"
                            + " terminal; the holds start by themselves");
                }
            }
            if (!line.hasOption("no-log") && HistoryCommand.logFile(context) != null) {
                Map<String, String> logged = new LinkedHashMap<>();
                logged.put("pace", defaults.pace().toString());
                logged.put("countdown", defaults.countdown().toString());
                logged.put("earcons", String.valueOf(defaults.earcons()));
                logged.put("from", String.valueOf(defaults.fromStretch()));
                logged.put("ready", String.valueOf(line.hasOption("ready") || routine.ready()));
                logged.put("listen", String.valueOf(listen));
                logged.put("checkIn", String.valueOf(checkIn));
                logged.put("adapt", String.valueOf(line.hasOption("adapt")));
                logged.put("textOnly", String.valueOf(textOnly));
                live.logTo(History.at(HistoryCommand.logFile(context), Clock.systemUTC()), script, logged, context.err());
            }
            try (Narrator narrator = narratorFactory.get()) {
                live.prepare(routine, defaults, askHold, byVoice, narrator, narratorFactory);
                LiveSink out = live.sink();
                if (context.env().containsKey(TRACE_ENV)) {
                    out = new FirstAudioTrace(out, context.err());
                }
                BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
                if (keys) {
                    keyboard = Keyboard.open(inputs);
                }
                if (listen) {
                    // the gate tells the recognizer when Limber's own voice can be heard
                    NarrationGate gate = NarrationGate.wrap(out);
                    out = gate;
                    try {
                        listening = VoiceControl.start(inputs, gate, askHold
                                ? routine.holdOptions().stream().map(HoldOption::seconds).toList() : List.of(), checkIn,
                                context.err());
                    } catch (VoiceControl.Unavailable e) {
                        context.err().println("limber: " + e.getMessage()); // play goes on with keys
                    }
                }
                Listener transcript = new Transcript(context.out(), textOnly && Terminal.isTerminal(1) && context.out() == System.out);
                VoiceControl voice = listening;
                live.play(out, inputs, keys || voice != null, transcript, () -> {
                    if (voice != null) {
                        voice.menuClosed();
                    }
                });
                return 0;
            }
        } catch (MusicException e) {
            throw Failure.usage(e.getMessage());
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
            live.close();
            if (music != null) {
                music.close();
            }
        }
    }
}
