package limber.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import limber.audio.TimelineAudio;
import limber.export.ExportException;
import limber.export.Exporter;
import limber.mix.MusicException;
import limber.routine.Routine;
import limber.session.MusicBed;
import limber.session.Session;
import limber.timeline.SessionTooLongException;
import limber.timeline.Timeline;
import limber.timeline.TimelineCompiler;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code limber export SCRIPT -o FILE.wav|FILE.mp3 [--split DIR]}. */
final class ExportCommand implements Command {
    @Override
    public String synopsis() {
        return "SCRIPT -o FILE.wav|FILE.mp3 [--split DIR]";
    }

    @Override
    public String summary() {
        return "Render the narrated session to an audio file.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE").desc("audio file to write; the format follows the extension (.wav, .mp3)").build());
        o.addOption(Option.builder().longOpt("split").hasArg().argName("DIR")
                .desc("also write one track per stretch and a playlist into DIR, in -o's format").build());
        o.addOption(Option.builder().longOpt("captions").hasArg().argName("FILE.vtt").desc("also write WebVTT captions").build());
        o.addOption(Option.builder().longOpt("force").desc("overwrite existing files").build());
        Choices.addTimeline(o);
        Choices.addSpeech(o);
        Choices.addMusic(o);
        return o;
    }

    @Override
    public int run(CommandLine line, Context context) throws Failure {
        String script = Args.one(line, "export", "SCRIPT");
        Path output = Args.output(line, "export: missing -o FILE (the audio file to write)");
        Path captions = line.hasOption("captions") ? Args.path(line.getOptionValue("captions"), "--captions") : null;
        Path split = line.hasOption("split") ? Args.path(line.getOptionValue("split"), "--split") : null;
        Routine routine = Scripts.load(script);
        limber.timeline.SessionOptions options = Choices.timeline(line, routine);
        Exporter.Request request = new Exporter.Request(output, captions, split, routine.title(), line.hasOption("force"));
        MusicBed music = Choices.music(line);
        try {
            Choices.Speech speech = Choices.narrator(line, context, true, routine.language());
            Timeline draft = TimelineCompiler.compile(routine, options, speech.sampleRate(), text -> 0);
            Exporter.check(request, draft);
            if (music != null) {
                music.decode(draft.rate()); // a file it cannot use stops the export before any synthesis
            }
            TimelineAudio session;
            Exporter.Result result;
            try (Session.Streamed streamed = Session.stream(routine, options, draft, speech,
                    Session.defaultWorkers(), Session.KEPT_SAMPLES);
                 MusicBed bed = music) {
                session = streamed.audio();
                if (bed != null) {
                    bed.under(session);
                }
                try (Progress progress = Progress.open(context, Exporter.work(session, request), draft.rate())) {
                    result = Exporter.export(session, request, progress);
                }
            }
            context.err().println("limber: wrote " + output + " (" + session.timeline().formatTime(session.length())
                    + ", " + session.timeline().spokenLines() + " spoken lines, "
                    + (routine.chosenHolds() > 0 ? "holds " + options.holdSeconds() + " s)" : "fixed holds only)"));
            if (result.playlist() != null) {
                context.err().println("limber: wrote " + result.tracks().size() + " tracks and " + result.playlist());
            }
            return 0;
        } catch (SessionTooLongException e) {
            throw Failure.usage(script + ": " + e.getMessage());
        } catch (MusicException e) {
            throw Failure.usage(e.getMessage());
        } catch (ExportException e) {
            throw new Failure(e.usage() ? Failure.USAGE : Failure.RUNTIME, e.getMessage());
        } catch (IOException e) {
            throw Choices.io("speech", e);
        }
    }

    /** A progress bar on stderr, only when stderr is a terminal. */
    static final class Progress implements LongConsumer, AutoCloseable {
        private final ProgressBar bar;
        private final int rate;

        private Progress(ProgressBar bar, int rate) {
            this.bar = bar;
            this.rate = rate;
        }

        static Progress open(Context context, long samples, int rate) {
            if (context.err() != System.err || !Terminal.isTerminal(2)) {
                return new Progress(null, rate);
            }
            ProgressBar bar = new ProgressBarBuilder().setTaskName("export").setInitialMax(samples / rate)
                    .setUnit(" s", 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100)
                    .continuousUpdate().build();
            return new Progress(bar, rate);
        }

        @Override
        public void accept(long samples) {
            if (bar != null) {
                bar.stepTo(samples / rate);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
