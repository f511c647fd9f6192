package limber.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import limber.mix.Ducking;
import limber.routine.Routine;
import limber.session.MusicBed;
import limber.speech.CacheDirectory;
import limber.speech.CachingNarrator;
import limber.speech.FreeTtsNarrator;
import limber.speech.LevelledNarrator;
import limber.speech.Narrator;
import limber.speech.SpeakingNarrator;
import limber.speech.Voice;
import limber.speech.engines.Engines;
import limber.timeline.CountdownStyle;
import limber.timeline.Pace;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** The options shared by the commands that render a session: the voice and the timeline's. */
final class Choices {
    static final String CACHE_ENV = "LIMBER_CACHE_DIR";
    static final String VOICE_ENV = "LIMBER_VOICE";

    private Choices() {
    }

    /** Options holding only {@link #addSpeech}'s. */
    static Options speechOptions() {
        Options o = new Options();
        addSpeech(o);
        return o;
    }

    static void addSpeech(Options o) {
        o.addOption(Option.builder().longOpt("voice").hasArg().argName("NAME").desc("narrator voice, ENGINE:VOICE or a voice name (default $" + VOICE_ENV + ", else " + Engines.KEVIN16.id() + "; see `limber voices`)").build());
        o.addOption(Option.builder().longOpt("rate").hasArg().argName("WPM").desc("speaking rate in words per minute, " + Engines.MIN_RATE + ".." + Engines.MAX_RATE + " (default: the voice's own, " + FreeTtsNarrator.DEFAULT_RATE + " for kevin16)").build());
        o.addOption(Option.builder().longOpt("cache-dir").hasArg().argName("DIR").desc("audio cache folder (default $" + CACHE_ENV + ", else ./audio-cache)").build());
    }

    static void addTimeline(Options o) {
        o.addOption(Option.builder().longOpt("hold").hasArg().argName("SECONDS").desc("length of each hold, " + Routine.MIN_HOLD + ".." + Routine.MAX_HOLD + " (default: the routine's)").build());
        o.addOption(Option.builder().longOpt("pace").hasArg().argName("PACE").desc("pause between lines: slow, normal or brisk (default normal)").build());
        o.addOption(Option.builder().longOpt("countdown").hasArg().argName("STYLE").desc("countdown inside holds: voice, beeps or off (default voice)").build());
        o.addOption(Option.builder().longOpt("no-earcons").desc("no start and end sounds around holds").build());
        o.addOption(Option.builder().longOpt("from").hasArg().argName("N").desc("start at stretch N (default 1)").build());
    }

    static void addMusic(Options o) {
        o.addOption(Option.builder().longOpt("music").hasArg().argName("FILE")
                .desc("your own music under the voice: WAV, FLAC, MP3 or Ogg Vorbis, looped, ducked under every line").build());
        o.addOption(Option.builder().longOpt("music-level").hasArg().argName("DB")
                .desc("the music's level in holds, in dB from the voice's, " + MusicBed.MIN_LEVEL_DB + ".."
                        + MusicBed.MAX_LEVEL_DB + " (default " + MusicBed.DEFAULT_LEVEL_DB + "; under speech "
                        + (int) Ducking.DEPTH_DB + " dB lower still)").build());
    }

    /** The command line's music, or null without {@code --music}. */
    static MusicBed music(CommandLine line) throws Failure {
        int level = integer(line, "music-level", MusicBed.DEFAULT_LEVEL_DB, MusicBed.MIN_LEVEL_DB, MusicBed.MAX_LEVEL_DB);
        if (!line.hasOption("music")) {
            if (line.hasOption("music-level")) {
                throw Failure.usage("--music-level without --music: name the music file with --music FILE");
            }
            return null;
        }
        return new MusicBed(Args.path(line.getOptionValue("music"), "--music"), level);
    }

    /** Whether the user named the cache folder, by option or environment. */
    static boolean cacheNamed(CommandLine line, Context context) {
        String env = context.env().get(CACHE_ENV);
        return line.hasOption("cache-dir") || env != null && !env.isBlank();
    }

    static Path cacheDir(CommandLine line, Context context) {
        String dir = line.getOptionValue("cache-dir");
        if (dir == null) {
            dir = context.env().get(CACHE_ENV);
        }
        return Path.of(dir == null || dir.isBlank() ? "audio-cache" : dir);
    }

    /**
     * The chosen voice (`--voice`, else $LIMBER_VOICE, else kevin16) at the chosen rate: a
     * narrator factory through the cache, one narrator per call (export has one per worker).
     */
    static final class Speech implements Supplier<Narrator> {
        private final Engines engines;
        private final Voice voice;
        private final int rate;
        private final Path cache;
        private final boolean cached;
        private final Context context;
        // export has a narrator per worker: the user hears of an unwritable cache once
        private final AtomicBoolean warned = new AtomicBoolean();

        private Speech(Engines engines, Voice voice, int rate, Path cache, boolean cached, Context context) {
            this.engines = engines;
            this.voice = voice;
            this.rate = rate;
            this.cache = cache;
            this.cached = cached;
            this.context = context;
        }

        /** Whether a narrator of this factory has warned that the cache cannot be written. */
        boolean warned() {
            return warned.get();
        }

        /** Samples a second of the voice, and so of the session. */
        int sampleRate() {
            return voice.sampleRate();
        }

        @Override
        public Narrator get() {
            if (!cached) {
                return new SpeakingNarrator(new LevelledNarrator(engines.open(voice, rate, null)));
            }
            return new SpeakingNarrator(new CachingNarrator(
                    new LevelledNarrator(engines.open(voice, rate, CacheDirectory.voiceData(cache))), cache,
                    warning -> {
                        if (!warned.getAndSet(true)) {
                            context.err().println("limber: warning: " + warning);
                        }
                    }));
        }
    }

    /** The narrator of the command line's voice and rate, through the cache. */
    static Speech narrator(CommandLine line, Context context) throws Failure {
        return narrator(line, context, true);
    }

    /**
     * As {@link #narrator(CommandLine, Context)}; with {@code createCache} false, the default
     * cache folder (no {@code --cache-dir}, no {@code $LIMBER_CACHE_DIR}) is used only when it
     * exists: {@code check} and {@code list} must not leave an {@code ./audio-cache} behind.
     */
    static Speech narrator(CommandLine line, Context context, boolean createCache) throws Failure {
        String spec = line.getOptionValue("voice");
        String from = "--voice";
        if (spec == null) {
            spec = context.env().get(VOICE_ENV);
            from = "$" + VOICE_ENV;
        }
        if (spec == null || spec.isBlank()) {
            spec = Engines.KEVIN16.id();
        }
        Engines engines = Engines.on(context.env().get("PATH"));
        Voice voice;
        try {
            voice = engines.find(spec.trim());
        } catch (Engines.UnknownVoice e) {
            throw Failure.usage(from + ": " + e.getMessage());
        } catch (IOException e) {
            throw io(from + " " + spec, e);
        }
        int rate = integer(line, "rate", engines.defaultRate(voice), Engines.MIN_RATE, Engines.MAX_RATE);
        Path cache = cacheDir(line, context);
        boolean cached = createCache || cacheNamed(line, context) || java.nio.file.Files.isDirectory(cache);
        return new Speech(engines, voice, rate, cache, cached, context);
    }

    static limber.timeline.SessionOptions timeline(CommandLine line, Routine routine) throws Failure {
        int hold = integer(line, "hold", routine.defaultHold(), Routine.MIN_HOLD, Routine.MAX_HOLD);
        int from = integer(line, "from", 1, 1, routine.stretches().size());
        try {
            Pace pace = Pace.parse(line.getOptionValue("pace", "normal"));
            CountdownStyle countdown = CountdownStyle.parse(line.getOptionValue("countdown", "voice"));
            return new limber.timeline.SessionOptions(hold, pace, countdown, !line.hasOption("no-earcons"), from);
        } catch (IllegalArgumentException e) {
            throw Failure.usage("--" + e.getMessage());
        }
    }

    static int integer(CommandLine line, String name, int fallback, int min, int max) throws Failure {
        String v = line.getOptionValue(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected range
        }
        throw Failure.usage("--" + name + " must be a whole number " + min + ".." + max + ", got \"" + v + "\"");
    }

    static Failure io(String what, IOException e) {
        return Failure.runtime(what + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
}
