package limber.listen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The {@link Recognizer} on Debian's {@code pocketsphinx} ({@code pocketsphinx_continuous},
 * found on PATH, with the {@code pocketsphinx-en-us} model), run as three child processes per
 * utterance, side by side ({@link Decoders}): a JSGF decode says which phrase the utterance is
 * closest to, a keyword spotter scores each phrase against pocketsphinx's phone loop, and a
 * decode as a free loop of phones says how well any sounds at all explain it. Each utterance is
 * first brought to one loudness over a faint noise floor ({@link Conditioning}); what the
 * decoders write is read by {@link DecoderOutput} and judged by {@link Verdict}. This class
 * holds the working folder, writes the files the decoders read, and puts the steps in order.
 *
 * <p>Carrying the cepstral mean from one utterance to the next, as pocketsphinx's own live
 * decoder does ({@code -featparams} with {@code -cmninit}), was measured too and recognized
 * fewer commands.
 *
 * <p>Not thread-safe: one thread calls {@link #recognize}. {@link #close} deletes the working
 * folder.
 */
final class PocketSphinx implements Recognizer, AutoCloseable {
    static final String PROGRAM = "pocketsphinx_continuous";
    static final String INSTALL = "apt-get install pocketsphinx pocketsphinx-en-us";

    /** Thrown by {@link #open} when pocketsphinx or its English model is not installed. */
    static final class Unavailable extends IOException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * Acceptance thresholds, chosen with {@code ListenBench} (see the README's "Voice control"):
     * scores are the spotter's log-likelihood ratio of a phrase over the phone loop
     * (pocketsphinx's units); {@code maxUncovered} is how much of the speech, in seconds, the
     * spotted phrase may leave out, or {@code maxUncoveredIfClear} when its {@link Verdict#fit} is
     * at least {@code clearFit} (the spotter's word edges are loose); {@code minFit} the lowest fit
     * accepted; {@code levelDb} the loudness utterances are brought to and {@code floorDb} the
     * noise floor laid under them (NaN: neither, {@link Conditioning}); {@code timeoutMillis} how
     * long the decoders of one utterance may take together.
     */
    record Settings(double minScore, double minStopScore, double maxUncovered, double minFit, double clearFit,
                    double maxUncoveredIfClear, double levelDb, double floorDb, long timeoutMillis) {
        static final Settings DEFAULT = new Settings(-800, -200, 0.3, -15, 14, 0.5, -30, -70, 5000);

        Settings {
            if (maxUncovered < 0 || timeoutMillis <= 0) {
                throw new IllegalArgumentException("bad pocketsphinx settings: " + this);
            }
        }

        /** These settings with another timeout. */
        Settings withTimeout(long millis) {
            return new Settings(minScore, minStopScore, maxUncovered, minFit, clearFit, maxUncoveredIfClear, levelDb,
                    floorDb, millis);
        }
    }

    /** The spotter reports everything above this; the settings decide. */
    private static final String SPOT_ALL = "1e-50";
    private static final int RATE = Segmenter.RATE;

    private final Path program;
    private final Path dir;
    private final Settings settings;
    private final Decoders decoders;
    private Vocabulary written;

    private PocketSphinx(Path program, Path dir, Settings settings) {
        this.program = program;
        this.dir = dir;
        this.settings = settings;
        this.decoders = new Decoders(program, settings.timeoutMillis());
    }

    /**
     * Finds pocketsphinx on PATH and checks that it runs with its model.
     *
     * @throws Unavailable with a one-line message saying what to install
     */
    static PocketSphinx open(Settings settings) throws IOException {
        return open(settings, System.getenv("PATH"));
    }

    /** {@link #open(Settings)} with another PATH. */
    static PocketSphinx open(Settings settings, String path) throws IOException {
        Path program = onPath(PROGRAM, path);
        if (program == null) {
            throw new Unavailable("voice control needs pocketsphinx (" + PROGRAM + " is not on PATH): " + INSTALL);
        }
        Path dir = Files.createTempDirectory("limber-listen-");
        PocketSphinx ps = new PocketSphinx(program, dir, settings);
        try {
            Files.writeString(dir.resolve("commands.dict"), Vocabulary.dictionary());
            Files.writeString(dir.resolve("loop.dict"), phoneLoopDictionary());
            Files.writeString(dir.resolve("loop.gram"), phoneLoopGrammar());
            ps.probe();
            return ps;
        } catch (IOException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** The model's 39 speech phones (its noisedict has the silences and noises). */
    private static final List<String> PHONES = List.of("AA", "AE", "AH", "AO", "AW", "AY", "B", "CH", "D", "DH", "EH",
            "ER", "EY", "F", "G", "HH", "IH", "IY", "JH", "K", "L", "M", "N", "NG", "OW", "OY", "P", "R", "S", "SH", "T",
            "TH", "UH", "UW", "V", "W", "Y", "Z", "ZH");

    /** Each phone as a one-phone word: {@code p_aa AA}. */
    static String phoneLoopDictionary() {
        StringBuilder dict = new StringBuilder();
        for (String p : PHONES) {
            dict.append("p_").append(p.toLowerCase(Locale.ROOT)).append(' ').append(p).append('\n');
        }
        return dict.toString();
    }

    /** Any sequence of phones: what anything at all that was said can be decoded as. */
    static String phoneLoopGrammar() {
        List<String> words = new ArrayList<>();
        for (String p : PHONES) {
            words.add("p_" + p.toLowerCase(Locale.ROOT));
        }
        return "#JSGF V1.0;\ngrammar loop;\npublic <sounds> = <phone>+;\n<phone> = " + String.join(" | ", words) + ";\n";
    }

    /** The executable {@code name} in the first folder of PATH that has it, or null. */
    static Path onPath(String name) {
        return onPath(name, System.getenv("PATH"));
    }

    static Path onPath(String name, String path) {
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (d.isEmpty()) {
                continue;
            }
            Path p = Path.of(d, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * How long the first decoder may take: it reads the acoustic model from a disk that may be
     * cold, on a machine that may be busy (5 s was too little on a loaded 2-core CI machine; it
     * takes 0.3 s on a quiet one, 1 s with six busy loops beside it).
     */
    static final long PROBE_TIMEOUT_MILLIS = 30_000;

    /** Decodes half a second of silence: fails when the acoustic model is missing. */
    private void probe() throws IOException {
        files(Vocabulary.controls());
        Path wav = dir.resolve("probe.wav");
        Wav.write(wav, new short[RATE / 2]);
        try {
            new Decoders(program, Math.max(PROBE_TIMEOUT_MILLIS, settings.timeoutMillis())).run(List.of(new Decoders.Job(List.of("-infile", wav.toString(), "-jsgf", file("grammar.gram"),
                    "-dict", file("commands.dict")), dir.resolve("probe.out"))));
        } catch (Decoders.Crashed e) {
            throw new Unavailable("voice control needs pocketsphinx's English model (" + PROGRAM + " failed: "
                    + e.why() + "): " + INSTALL);
        }
    }

    @Override
    public Heard recognize(short[] pcm, int speechFrom, int speechTo, Vocabulary vocabulary) throws IOException {
        return Verdict.decide(evidence(pcm, speechFrom, speechTo, vocabulary), vocabulary, settings);
    }

    /** What the three decoders make of one utterance, before the verdict. */
    Verdict.Evidence evidence(short[] pcm, int speechFrom, int speechTo, Vocabulary vocabulary) throws IOException {
        files(vocabulary);
        Path wav = dir.resolve("utterance.wav");
        Wav.write(wav, Conditioning.conditioned(pcm, speechFrom, speechTo, settings.levelDb(), settings.floorDb()));
        List<String> common = List.of("-infile", wav.toString(), "-time", "yes", "-backtrace", "yes");
        List<String> out = decoders.run(List.of(
                job(common, List.of("-jsgf", file("grammar.gram"), "-dict", file("commands.dict")), "grammar.out"),
                job(common, List.of("-kws", file("phrases.kws"), "-dict", file("commands.dict")), "spotter.out"),
                job(common, List.of("-jsgf", file("loop.gram"), "-dict", file("loop.dict")), "loop.out")));
        String decoded = out.get(0);
        String spotted = out.get(1);
        String looped = out.get(2);
        return Verdict.evidence(DecoderOutput.forced(decoded), DecoderOutput.detections(spotted),
                (speechTo - speechFrom) / (double) RATE,
                Verdict.fit(DecoderOutput.backtrace(decoded), DecoderOutput.backtrace(looped)));
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    /** Writes the grammar and the keyword list for {@code v} unless they are already there. */
    private void files(Vocabulary v) throws IOException {
        if (v.equals(written)) {
            return;
        }
        Files.writeString(dir.resolve("grammar.gram"), v.grammar());
        StringBuilder kws = new StringBuilder();
        for (String phrase : v.phrases()) {
            if (!phrase.endsWith(" seconds")) {
                kws.append(phrase).append(" /").append(SPOT_ALL).append("/\n");
            }
        }
        Files.writeString(dir.resolve("phrases.kws"), kws.toString());
        written = v;
    }

    private Decoders.Job job(List<String> common, List<String> more, String out) {
        List<String> args = new ArrayList<>(common);
        args.addAll(more);
        return new Decoders.Job(args, dir.resolve(out));
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    @Override
    public String toString() {
        return "PocketSphinx[" + program + ", " + settings + "]";
    }
}
