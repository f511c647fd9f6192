package limber.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import limber.routine.Routine;
import limber.speech.CachingNarrator;
import limber.speech.FreeTtsNarrator;
import limber.speech.Narrator;
import limber.timeline.CountdownStyle;
import limber.timeline.Pace;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** The options shared by the commands that render a session: the voice and the timeline's. */
final class Choices {
    static final String DEFAULT_VOICE = "kevin16";
    static final String CACHE_ENV = "LIMBER_CACHE_DIR";
    /** The cache's folder for the narrator's own data files (entries live in two-hex-digit folders). */
    static final String VOICE_DATA = limber.speech.CacheDirectory.VOICES;

    private Choices() {
    }

    static void addSpeech(Options o) {
        o.addOption(Option.builder().longOpt("voice").hasArg().argName("NAME").desc("narrator voice (default " + DEFAULT_VOICE + "; see `limber voices`)").build());
        o.addOption(Option.builder().longOpt("rate").hasArg().argName("WPM").desc("speaking rate in words per minute, 60..400 (default " + FreeTtsNarrator.DEFAULT_RATE + ")").build());
        o.addOption(Option.builder().longOpt("cache-dir").hasArg().argName("DIR").desc("audio cache folder (default $" + CACHE_ENV + ", else ./audio-cache)").build());
    }

    static void addTimeline(Options o) {
        o.addOption(Option.builder().longOpt("hold").hasArg().argName("SECONDS").desc("length of each hold, " + Routine.MIN_HOLD + ".." + Routine.MAX_HOLD + " (default: the routine's)").build());
        o.addOption(Option.builder().longOpt("pace").hasArg().argName("PACE").desc("pause between lines: slow, normal or brisk (default normal)").build());
        o.addOption(Option.builder().longOpt("countdown").hasArg().argName("STYLE").desc("countdown inside holds: voice, beeps or off (default voice)").build());
        o.addOption(Option.builder().longOpt("no-earcons").desc("no start and end sounds around holds").build());
        o.addOption(Option.builder().longOpt("from").hasArg().argName("N").desc("start at stretch N (default 1)").build());
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

    /** A narrator factory for the chosen voice and rate, through the cache. */
    static Supplier<Narrator> narrator(CommandLine line, Context context) throws Failure {
        return narrator(line, context, true);
    }

    /**
     * As {@link #narrator(CommandLine, Context)}; with {@code createCache} false, the default
     * cache folder (no {@code --cache-dir}, no {@code $LIMBER_CACHE_DIR}) is used only when it
     * exists: {@code check} and {@code list} must not leave an {@code ./audio-cache} behind.
     */
    static Supplier<Narrator> narrator(CommandLine line, Context context, boolean createCache) throws Failure {
        String voice = line.getOptionValue("voice", DEFAULT_VOICE);
        if (!FreeTtsNarrator.offers(voice)) {
            throw Failure.usage("--voice: unknown voice \"" + voice + "\" (available: " + String.join(", ", FreeTtsNarrator.voices()) + ")");
        }
        int rate = integer(line, "rate", FreeTtsNarrator.DEFAULT_RATE, 60, 400);
        Path cache = cacheDir(line, context);
        if (!createCache && !cacheNamed(line, context) && !java.nio.file.Files.isDirectory(cache)) {
            return () -> FreeTtsNarrator.open(voice, rate);
        }
        // export has a narrator per worker: the user hears of an unwritable cache once
        java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> new CachingNarrator(FreeTtsNarrator.open(voice, rate, cache.resolve(VOICE_DATA)), cache,
                warning -> {
                    if (!warned.getAndSet(true)) {
                        context.err().println("limber: warning: " + warning);
                    }
                });
    }

    static limber.timeline.Options timeline(CommandLine line, Routine routine) throws Failure {
        int hold = integer(line, "hold", routine.defaultHold(), Routine.MIN_HOLD, Routine.MAX_HOLD);
        int from = integer(line, "from", 1, 1, routine.stretches().size());
        try {
            Pace pace = Pace.parse(line.getOptionValue("pace", "normal"));
            CountdownStyle countdown = CountdownStyle.parse(line.getOptionValue("countdown", "voice"));
            return new limber.timeline.Options(hold, pace, countdown, !line.hasOption("no-earcons"), from);
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
