package limber.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        o.addOption(Option.builder().longOpt("voice").hasArg().argName("NAME").desc("narrator voice, ENGINE:VOICE or a voice name (default $" + VOICE_ENV + ", else " + Engines.KEVIN16.id()
                + " for English and the best installed voice for another language; see `limber voices`)").build());
        o.addOption(Option.builder().longOpt("rate").hasArg().argName("WPM").desc("speaking rate in words per minute, " + Narrator.MIN_RATE + ".." + Narrator.MAX_RATE + " (default: the voice's own, " + FreeTtsNarrator.DEFAULT_RATE + " for kevin16)").build());
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
        private final String language;
        // export has a narrator per worker: the user hears of an unwritable cache once
        private final AtomicBoolean warned = new AtomicBoolean();

        private Speech(Engines engines, Voice voice, int rate, Path cache, boolean cached, Context context, String language) {
            this.language = language;
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

        /** The voice chosen. */
        Voice voice() {
            return voice;
        }

        /** Samples a second of the voice, and so of the session. */
        int sampleRate() {
            return voice.sampleRate();
        }

        @Override
        public Narrator get() {
            if (!cached) {
                return new SpeakingNarrator(new LevelledNarrator(engines.open(voice, rate, null)), language);
            }
            return new SpeakingNarrator(new CachingNarrator(
                    new LevelledNarrator(engines.open(voice, rate, CacheDirectory.voiceData(cache))), cache,
                    warning -> {
                        if (!warned.getAndSet(true)) {
                            context.err().println("limber: warning: " + warning);
                        }
                    }), language);
        }
    }

    /** The narrator of the command line's voice and rate, through the cache, for an English routine's commands. */
    static Speech narrator(CommandLine line, Context context) throws Failure {
        return narrator(line, context, true);
    }

    /**
     * As {@link #narrator(CommandLine, Context)}; with {@code createCache} false, the default
     * cache folder (no {@code --cache-dir}, no {@code $LIMBER_CACHE_DIR}) is used only when it
     * exists: {@code check} and {@code list} must not leave an {@code ./audio-cache} behind.
     * Whatever language the voice speaks.
     */
    static Speech narrator(CommandLine line, Context context, boolean createCache) throws Failure {
        return narrator(line, context, createCache, null, null);
    }

    /** The narrator for a routine in {@code language}: {@link #narrator(CommandLine, Context, boolean, String, Speech)}. */
    static Speech narrator(CommandLine line, Context context, boolean createCache, String language) throws Failure {
        return narrator(line, context, createCache, language, null);
    }

    /**
     * The voice for a routine in {@code language} (null: any voice, unchecked): {@code --voice}
     * when it speaks that language (else one line listing the voices that do, exit 2);
     * {@code $LIMBER_VOICE} when it does (else it is passed over); with neither, kevin16 for
     * English and the best installed voice for another language ({@link Engines#speaking}), or
     * one line naming what to install, exit 2. {@code before}: a choice made before the
     * routine's language was known, whose engines are asked again (null: none).
     */
    static Speech narrator(CommandLine line, Context context, boolean createCache, String language, Speech before)
            throws Failure {
        String given = line.getOptionValue("voice");
        String spec = given;
        String from = "--voice";
        if (spec == null) {
            spec = context.env().get(VOICE_ENV);
            from = "$" + VOICE_ENV;
        }
        Engines engines = before != null ? before.engines : Engines.on(context.env().get("PATH"));
        Voice voice = null;
        try {
            if (spec != null && !spec.isBlank()) {
                try {
                    voice = engines.find(spec.trim());
                } catch (Engines.UnknownVoice e) {
                    throw Failure.usage(from + ": " + e.getMessage());
                }
            }
            if (language != null) {
                voice = forLanguage(engines, voice, given != null, from, language);
            } else if (voice == null) {
                voice = Engines.KEVIN16;
            }
        } catch (IOException e) {
            throw io(from + " " + spec, e);
        }
        int rate = integer(line, "rate", engines.defaultRate(voice), Narrator.MIN_RATE, Narrator.MAX_RATE);
        Path cache = cacheDir(line, context);
        boolean cached = createCache || cacheNamed(line, context) || java.nio.file.Files.isDirectory(cache);
        return new Speech(engines, voice, rate, cache, cached, context, language == null ? "en" : language);
    }

    private static Voice forLanguage(Engines engines, Voice chosen, boolean explicit, String from, String language)
            throws Failure, IOException {
        if (chosen != null && Engines.speaks(chosen, language)) {
            return chosen;
        }
        boolean english = language.equals(Routine.DEFAULT_LANGUAGE);
        String name = java.util.Locale.forLanguageTag(language).getDisplayName(java.util.Locale.ENGLISH) + " (" + language + ")";
        if (chosen != null && explicit) {
            List<Voice> speaking = engines.speaking(language);
            throw Failure.usage(from + ": " + chosen.id() + " does not speak " + name + ", the routine's language; "
                    + (speaking.isEmpty() ? "no installed voice does (install one: " + Engines.installFor(language) + ")"
                            : "voices that do: " + String.join(", ", speaking.stream().map(Voice::id).limit(12).toList())
                            + (speaking.size() > 12 ? ", ... (see limber voices)" : "")));
        }
        if (english) {
            return Engines.KEVIN16; // the default, as it always was
        }
        List<Voice> speaking = engines.speaking(language);
        if (speaking.isEmpty()) {
            throw Failure.usage("no installed voice speaks " + name + ", the routine's language; install one: "
                    + Engines.installFor(language));
        }
        return speaking.get(0);
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
