package limber.speech.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import limber.speech.FreeTtsNarrator;
import limber.speech.Narrator;
import limber.speech.Voice;

/**
 * Every narrator Limber can use: FreeTTS's kevin16 inside the jar, and the voices of the speech
 * engines installed on this system (RHVoice, flite, eSpeak NG), found through PATH. An engine is
 * asked for its voices only when a voice of it is wanted or listed, so the default voice costs
 * no process at all.
 *
 * <pre>{@code
 * Engines engines = Engines.on(System.getenv("PATH"));
 * Voice clb = engines.find("rhvoice:clb");          // or "clb", the only engine with that voice
 * try (Narrator n = engines.open(clb, engines.defaultRate(clb), cacheDir.resolve("voices"))) {
 *     n.say("Release.");                            // 24 kHz, from RHVoice-test
 * }
 * }</pre>
 *
 * <p>Thread-safe: narrators for parallel workers may be opened from any thread.
 */
public final class Engines {
    /** kevin16, embedded: nothing to install. */
    public static final Voice KEVIN16 = new Voice(FreeTtsNarrator.ENGINE, FreeTtsNarrator.DEFAULT_VOICE, "en-US",
            FreeTtsNarrator.SAMPLE_RATE, "FreeTTS licence (BSD-style)");

    private static final List<Engine> INSTALLABLE = List.of(new RhVoice(), new Flite(), new EspeakNg());

    /** Why a voice cannot be used: one line for the user. */
    public static final class UnknownVoice extends Exception {
        UnknownVoice(String message) {
            super(message);
        }
    }

    /** An engine that is not installed, and how to install it. */
    public record Missing(String engine, String title, String program, String install) {
    }

    /**
     * Voices from the most to the least intelligible in the README's table (pocketsphinx's word
     * error rate on the seed routine's lines): what {@link #recommended} picks from.
     */
    static final List<String> BY_INTELLIGIBILITY = List.of("rhvoice:bdl", "rhvoice:alan", "rhvoice:clb",
            "flite:rms", "flite:awb", "rhvoice:slt", "rhvoice:lyubov", "flite:kal16", "flite:slt", "freetts:kevin16",
            "rhvoice:evgeniy-eng", "espeak-ng:en-us");

    private final String path;
    private final Map<String, List<Voice>> voices = new ConcurrentHashMap<>();
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    private Engines(String path) {
        this.path = path == null ? "" : path;
    }

    /** The engines found on {@code path} (a PATH: folders separated by ':'). */
    public static Engines on(String path) {
        return new Engines(path);
    }

    /** The engines' names, FreeTTS first: what may stand before the ':' of a voice id. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(FreeTtsNarrator.ENGINE));
        INSTALLABLE.forEach(e -> names.add(e.name()));
        return names;
    }

    /** Where {@code program} is on {@code path}, or null. */
    static Path onPath(String program, String path) {
        if (path == null) {
            return null;
        }
        for (String dir : path.split(":")) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, program);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Every usable voice: kevin16, then each installed engine's. */
    public List<Voice> installed() throws IOException {
        List<Voice> all = new ArrayList<>(List.of(KEVIN16));
        for (Engine e : INSTALLABLE) {
            all.addAll(voicesOf(e));
        }
        return all;
    }

    /** The engines not installed here, with their install lines. */
    public List<Missing> missing() {
        List<Missing> out = new ArrayList<>();
        for (Engine e : INSTALLABLE) {
            if (onPath(e.program(), path) == null) {
                out.add(new Missing(e.name(), e.title(), e.program(), e.install()));
            }
        }
        return out;
    }

    /**
     * The voice {@code spec} names: {@code ENGINE:VOICE}, or a bare voice name that only one
     * installed engine has.
     *
     * @throws UnknownVoice with one line for the user: an unknown engine, an engine that is not
     *     installed (and its install line), an unknown voice, a bare name two engines share
     */
    public Voice find(String spec) throws UnknownVoice, IOException {
        Objects.requireNonNull(spec, "spec");
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            String engine = spec.substring(0, colon);
            String name = spec.substring(colon + 1);
            if (engine.equals(FreeTtsNarrator.ENGINE)) {
                if (name.equals(KEVIN16.name())) {
                    return KEVIN16;
                }
                throw new UnknownVoice("unknown FreeTTS voice \"" + name + "\" (it has " + KEVIN16.name() + ")");
            }
            Engine e = engine(engine);
            if (onPath(e.program(), path) == null) {
                throw new UnknownVoice(spec + ": " + e.title() + " is not installed (no " + e.program()
                        + " on PATH); install it with: " + e.install());
            }
            List<Voice> of = voicesOf(e);
            for (Voice v : of) {
                if (v.name().equals(name)) {
                    return v;
                }
            }
            throw new UnknownVoice(spec + ": " + e.title() + " has no voice \"" + name + "\" (installed: "
                    + String.join(", ", of.stream().map(Voice::name).limit(12).toList())
                    + (of.size() > 12 ? ", ... (see limber voices)" : "") + ")");
        }
        if (spec.equals(KEVIN16.name())) {
            return KEVIN16;
        }
        List<Voice> matches = new ArrayList<>();
        for (Engine e : INSTALLABLE) {
            for (Voice v : voicesOf(e)) {
                if (v.name().equals(spec)) {
                    matches.add(v);
                }
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new UnknownVoice(spec + ": " + String.join(" and ", matches.stream().map(Voice::id).toList())
                    + " both have it; say which");
        }
        List<Missing> missing = missing();
        throw new UnknownVoice("unknown voice \"" + spec + "\" (see limber voices"
                + (missing.isEmpty() ? ")" : "; not installed: " + String.join(", ",
                        missing.stream().map(m -> m.engine() + " (" + m.install().replaceAll(" \\(.*", "") + ")").toList())
                        + ")"));
    }

    private static Engine engine(String name) throws UnknownVoice {
        for (Engine e : INSTALLABLE) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new UnknownVoice("unknown engine \"" + name + "\" (engines: " + String.join(", ", names()) + ")");
    }

    /** The pace {@code voice} speaks at when no {@code --rate} is given, in words per minute. */
    public int defaultRate(Voice voice) {
        if (voice.engine().equals(FreeTtsNarrator.ENGINE)) {
            return FreeTtsNarrator.DEFAULT_RATE;
        }
        try {
            return engine(voice.engine()).defaultRate();
        } catch (UnknownVoice e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * A narrator for {@code voice} at {@code rate} words per minute. Starts nothing: the engine
     * runs at the first line. {@code freettsData}: where FreeTTS keeps its unpacked voice data
     * (see {@link FreeTtsNarrator#open(String, int, Path)}), or null.
     */
    public Narrator open(Voice voice, int rate, Path freettsData) {
        if (voice.engine().equals(FreeTtsNarrator.ENGINE)) {
            return FreeTtsNarrator.open(voice.name(), rate, freettsData);
        }
        Engine e;
        try {
            e = engine(voice.engine());
        } catch (UnknownVoice u) {
            throw new IllegalArgumentException(u.getMessage(), u);
        }
        Path program = onPath(e.program(), path);
        if (program == null) {
            throw new IllegalArgumentException(e.title() + " is not installed");
        }
        return new ExternalNarrator(e, program, voice, rate,
                () -> versions.computeIfAbsent(voice.id(), id -> Fingerprint.of(e.reportedVersion(program), program,
                        e.libraryPrefix(), e.dataFiles(program, voice))));
    }

    private List<Voice> voicesOf(Engine e) throws IOException {
        Path program = onPath(e.program(), path);
        if (program == null) {
            return List.of();
        }
        try {
            return voices.computeIfAbsent(e.name(), n -> {
                try {
                    return List.copyOf(e.voices(program, path));
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        } catch (UncheckedIOException u) {
            throw u.getCause();
        }
    }

    /**
     * Whether {@code voice} speaks {@code language} (a BCP 47 tag): the same language subtag and,
     * when the tag names a region ({@code pt-BR}), the same region; {@code en} is spoken by
     * {@code en-US} and {@code en-GB} voices alike.
     */
    public static boolean speaks(Voice voice, String language) {
        java.util.Locale want = java.util.Locale.forLanguageTag(language);
        java.util.Locale has = java.util.Locale.forLanguageTag(voice.language());
        return !want.getLanguage().isEmpty() && want.getLanguage().equals(has.getLanguage())
                && (want.getCountry().isEmpty() || want.getCountry().equals(has.getCountry()));
    }

    /**
     * The installed voices that speak {@code language}, best first: RHVoice's (those under a free
     * licence before the non-commercial ones), then eSpeak NG's (the voice of exactly that tag
     * first, then the language's home region, {@code fr-FR} before {@code fr-BE}), then the others
     * (flite, kevin16: English only). Lists engines' voices, which may run their programs.
     */
    public List<Voice> speaking(String language) throws IOException {
        String base = java.util.Locale.forLanguageTag(language).getLanguage();
        List<Voice> all = new ArrayList<>();
        for (Voice v : installed()) {
            if (speaks(v, language)) {
                all.add(v);
            }
        }
        java.util.Comparator<Voice> order = java.util.Comparator.comparingInt(v -> {
            if (v.engine().equals("rhvoice")) {
                return v.licence().contains("no commercial") ? 1 : 0;
            }
            if (v.engine().equals("espeak-ng") && !v.name().startsWith("mb-")) {
                return v.language().equalsIgnoreCase(language) ? 2
                        : v.language().equalsIgnoreCase(base + "-" + base) ? 3 : 4;
            }
            return 5;
        });
        all.sort(order); // stable: each engine's own order within a rank
        return all;
    }

    /** RHVoice's Debian package for a language, where it has one. */
    private static final Map<String, String> RHVOICE_PACKAGES = Map.of("pl", "rhvoice-polish", "ru", "rhvoice-russian",
            "uk", "rhvoice-ukrainian", "pt-BR", "rhvoice-brazilian-portuguese", "en", "rhvoice-english");

    /** How to install a voice for {@code language}: RHVoice's package where it has one, and eSpeak NG. */
    public static String installFor(String language) {
        String rh = RHVOICE_PACKAGES.get(language);
        return rh == null ? "apt-get install espeak-ng"
                : "apt-get install rhvoice " + rh + " (Debian's contrib and non-free components), or apt-get install espeak-ng";
    }

    /** The most intelligible of {@code voices} by {@link #BY_INTELLIGIBILITY}; kevin16 when none is ranked. */
    public Voice recommended(List<Voice> voices) {
        for (String id : BY_INTELLIGIBILITY) {
            for (Voice v : voices) {
                if (v.id().equals(id)) {
                    return v;
                }
            }
        }
        return KEVIN16;
    }
}
