package limber.listen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@link Recognizer} on Debian's {@code pocketsphinx} ({@code pocketsphinx_continuous},
 * found on PATH, with the {@code pocketsphinx-en-us} model), run as three child processes per
 * utterance, side by side: a JSGF decode says which phrase the utterance is closest to, a
 * keyword spotter scores each phrase against pocketsphinx's phone loop, and a decode as a free
 * loop of phones says how well any sounds at all explain it. A phrase is accepted only when the
 * spotter found the decoded phrase with a score of at least {@link Settings#minScore} (a
 * stricter {@link Settings#minStopScore} for "stop"), that phrase spans the utterance (all of
 * its speech but {@link Settings#maxUncovered} seconds at most), and the grammar's acoustic
 * score trails the free phone loop's by no more than {@link Settings#minFit} a frame ({@link #fit}).
 * A command is the whole utterance, never a word inside a longer one ("the next one").
 *
 * <p>Each utterance is first brought to one loudness ({@link Settings#levelDb}): the model's
 * default cepstral mean fits speech at about that level, and a fresh process never adapts it
 * (pocketsphinx updates the mean only at the end of an utterance). Then a faint noise floor is
 * laid under it ({@link Settings#floorDb}, {@link #withFloor}).

 * Carrying the mean from one utterance to the next, as pocketsphinx's own live decoder does
 * ({@code -featparams} with {@code -cmninit}), was measured too and recognized fewer commands.
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
     * spotted phrase may leave out, or {@code maxUncoveredIfClear} when its {@link #fit} is at
     * least {@code clearFit} (the spotter's word edges are loose); {@code minFit} the lowest fit
     * accepted; {@code levelDb} the loudness utterances are brought to and {@code floorDb} the
     * noise floor laid under them (NaN: neither).
     */
    record Settings(double minScore, double minStopScore, double maxUncovered, double minFit, double clearFit,
                    double maxUncoveredIfClear, double levelDb, double floorDb, long timeoutMillis) {
        static final Settings DEFAULT = new Settings(-800, -200, 0.3, -15, 15, 0.5, -30, -70, 5000);

        Settings {
            if (maxUncovered < 0 || timeoutMillis <= 0) {
                throw new IllegalArgumentException("bad pocketsphinx settings: " + this);
            }
        }
    }

    /** One keyword-spotter detection: phrase, start and end in seconds, score. */
    record Detection(String phrase, double start, double end, double score) {
    }

    /**
     * What pocketsphinx makes of one utterance: the JSGF decode's phrase ({@code forced}, empty
     * when no phrase fits), and the spotter's best detection of that phrase: its score
     * (negative infinity when not spotted) and its length over the speech's (at most 1).
     */
    record Evidence(String forced, double score, double coverage, double speechSeconds, double margin, double fit) {
        double uncovered() {
            return speechSeconds * (1 - coverage);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "\"%s\" score %.0f coverage %.2f of %.2f s margin %.0f fit %.1f", forced,
                    score, coverage, speechSeconds, margin, fit);
        }
    }

    /** KWS_MAX in pocketsphinx's kws_search.c: a detection's printed "probability" is exp(score - KWS_MAX). */
    private static final double KWS_MAX = 1500;
    private static final double LOG_BASE = Math.log(1.0001);
    /** The spotter reports everything above this; the settings decide. */
    private static final String SPOT_ALL = "1e-50";
    private static final int RATE = Segmenter.RATE;
    private static final Pattern TIMED = Pattern.compile("^(\\S.*?)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s*$");

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

    /** Decodes half a second of silence: fails when the acoustic model is missing. */
    private void probe() throws IOException {
        files(Vocabulary.controls());
        Path wav = dir.resolve("probe.wav");
        Wav.write(wav, new short[RATE / 2]);
        try {
            decoders.run(List.of(new Decoders.Job(List.of("-infile", wav.toString(), "-jsgf", file("grammar.gram"),
                    "-dict", file("commands.dict")), dir.resolve("probe.out"))));
        } catch (Decoders.Crashed e) {
            throw new Unavailable("voice control needs pocketsphinx's English model (" + PROGRAM + " failed: "
                    + e.why() + "): " + INSTALL);
        }
    }

    @Override
    public Heard recognize(short[] pcm, int speechFrom, int speechTo, Vocabulary vocabulary) throws IOException {
        return decide(evidence(pcm, speechFrom, speechTo, vocabulary), vocabulary, settings);
    }

    Evidence evidence(short[] pcm, int speechFrom, int speechTo, Vocabulary vocabulary) throws IOException {
        files(vocabulary);
        Path wav = dir.resolve("utterance.wav");
        short[] input = Double.isNaN(settings.levelDb()) ? pcm : leveled(pcm, speechFrom, speechTo, settings.levelDb());
        Wav.write(wav, Double.isNaN(settings.floorDb()) ? input : withFloor(input, settings.floorDb()));
        List<String> common = List.of("-infile", wav.toString(), "-time", "yes", "-backtrace", "yes");
        List<String> out = decoders.run(List.of(
                job(common, List.of("-jsgf", file("grammar.gram"), "-dict", file("commands.dict")), "grammar.out"),
                job(common, List.of("-kws", file("phrases.kws"), "-dict", file("commands.dict")), "spotter.out"),
                job(common, List.of("-jsgf", file("loop.gram"), "-dict", file("loop.dict")), "loop.out")));
        String decoded = out.get(0);
        String spotted = out.get(1);
        String looped = out.get(2);
        return evidence(forced(decoded), detections(spotted), (speechTo - speechFrom) / (double) RATE,
                fit(backtrace(decoded), backtrace(looped)));
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    /**
     * {@code pcm} with white noise at {@code floorDb} dBFS added (the same noise every time): a
     * real microphone always hears some, the model was trained on recordings that have it, and
     * speech made by a synthesizer, with its digitally silent gaps, is otherwise misheard.
     */
    static short[] withFloor(short[] pcm, double floorDb) {
        java.util.Random noise = new java.util.Random(1);
        double sd = 32768 * Math.pow(10, floorDb / 20);
        short[] out = new short[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            out[i] = clamped(pcm[i] + noise.nextGaussian() * sd);
        }
        return out;
    }

    /**
     * How much better, per frame of its words, the grammar's decode explains the utterance than a
     * free loop of phones does: pocketsphinx's acoustic scores (log base 1.0001, scaled), summed
     * over the whole utterance in both decodes, silences included. Negative: some other sequence
     * of sounds fits better than any phrase, so the phrase was probably not said.
     */
    static double fit(List<Aligned> decoded, List<Aligned> phones) {
        int frames = 0;
        for (Aligned a : decoded) {
            if (a.isWord()) {
                frames += a.end() - a.start() + 1;
            }
        }
        return (total(decoded) - total(phones)) / Math.max(1, frames);
    }

    /**
     * {@code pcm} scaled so that its speech has an active level of {@code levelDb} dBFS (the
     * mean power of the louder half of its 10 ms frames). The model's default cepstral mean
     * fits speech at about that level; speech far louder or quieter is misheard.
     */
    static short[] leveled(short[] pcm, int speechFrom, int speechTo, double levelDb) {
        int frame = Segmenter.FRAME;
        int frames = Math.max(1, (speechTo - speechFrom) / frame);
        double[] power = new double[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = speechFrom + f * frame; i < Math.min(pcm.length, speechFrom + (f + 1) * frame); i++) {
                sum += (double) pcm[i] * pcm[i];
            }
            power[f] = sum / frame;
        }
        java.util.Arrays.sort(power);
        double sum = 0;
        for (int f = frames / 2; f < frames; f++) {
            sum += power[f];
        }
        double active = 10 * Math.log10(Math.max(sum / (frames - frames / 2), 1e-9) / (32768.0 * 32768.0));
        double gain = Math.pow(10, (levelDb - active) / 20);
        short[] out = new short[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            out[i] = clamped(pcm[i] * gain);
        }
        return out;
    }

    /** {@code v} rounded to the nearest sample value, clipped to 16 bits. */
    private static short clamped(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }

    /**
     * The spotter's best detection of the decoded phrase, its length over the speech's (at most
     * 1), and by how much it beats the best detection of any other phrase.
     */
    static Evidence evidence(String forced, List<Detection> spotted, double speechSeconds, double fit) {
        double speech = Math.max(0.01, speechSeconds);
        double score = Double.NEGATIVE_INFINITY;
        double other = Double.NEGATIVE_INFINITY;
        double coverage = 0;
        for (Detection d : spotted) {
            if (!forced.isEmpty() && same(d.phrase(), forced)) {
                if (d.score() > score) {
                    score = d.score();
                    coverage = Math.min(1, (d.end() - d.start()) / speech);
                }
            } else {
                other = Math.max(other, d.score());
            }
        }
        double margin = other == Double.NEGATIVE_INFINITY ? 9999 : score - other;
        return new Evidence(forced, score, coverage, speechSeconds, margin, fit);
    }

    /**
     * The verdict: the decoded phrase must be one phrase of the vocabulary, spotted with at
     * least the minimum score, over enough of the speech.
     */
    static Heard decide(Evidence e, Vocabulary vocabulary, Settings settings) {
        if (e.forced().isEmpty()) {
            return Heard.nothing("no phrase fits");
        }
        if (vocabulary.meaning(e.forced()) == null) {
            return Heard.nothing("\"" + e.forced() + "\" is not one phrase");
        }
        if (e.score() == Double.NEGATIVE_INFINITY) {
            return Heard.nothing("\"" + e.forced() + "\" not spotted");
        }
        double min = e.forced().equals("stop") ? settings.minStopScore() : settings.minScore();
        if (e.score() < min) {
            return Heard.nothing(e + ": score below " + (int) min);
        }
        if (e.uncovered() > (e.fit() >= settings.clearFit() ? settings.maxUncoveredIfClear() : settings.maxUncovered())) {
            return Heard.nothing(e + ": spans too little of the speech");
        }
        if (e.fit() < settings.minFit()) {
            return Heard.nothing(e + ": a free loop of phones fits better");
        }
        return new Heard(e.forced(), e.toString());
    }

    /** "forty five" spotted and "forty five seconds" decoded: the spotter has no "seconds". */
    private static boolean same(String spotted, String forced) {
        return spotted.equals(forced) || (spotted + " seconds").equals(forced);
    }

    /** The JSGF decode's words, alternate pronunciations folded. */
    static String forced(String out) {
        List<String> words = new ArrayList<>();
        for (String line : results(out).split("\n")) {
            Matcher m = TIMED.matcher(line.strip());
            if (m.matches()) {
                String w = m.group(1).replaceAll("\\(\\d+\\)$", "");
                if (!w.startsWith("<") && !w.startsWith("[") && !w.equals("(NULL)")) {
                    words.add(w);
                }
            }
        }
        return String.join(" ", words);
    }

    /** One row of pocketsphinx's backtrace: a word, its first and last frame, its acoustic score. */
    record Aligned(String word, int start, int end, double ascr) {
        /** A word, not a silence, a noise or an empty transition. */
        boolean isWord() {
            return !word.startsWith("<") && !word.startsWith("[") && !word.equals("(NULL)");
        }
    }

    private static final Pattern BACKTRACE = Pattern.compile("^(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+\\.\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(\\d+)\\s*$");

    /** The backtrace table pocketsphinx logs with {@code -backtrace yes} (the last one). */
    static List<Aligned> backtrace(String log) {
        List<Aligned> rows = new ArrayList<>();
        boolean in = false;
        for (String line : log.split("\n")) {
            if (line.startsWith("word") && line.contains("ascr")) {
                rows.clear();
                in = true;
                continue;
            }
            Matcher m = BACKTRACE.matcher(line.strip());
            if (in && m.matches()) {
                rows.add(new Aligned(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Double.parseDouble(m.group(5))));
            } else {
                in = false;
            }
        }
        return rows;
    }

    private static double total(List<Aligned> rows) {
        double sum = 0;
        for (Aligned a : rows) {
            sum += a.ascr();
        }
        return sum;
    }

    /** The spotter's detections, with their scores, in order of time. */
    static List<Detection> detections(String out) {
        List<Detection> all = new ArrayList<>();
        for (String line : results(out).split("\n")) {
            Matcher m = TIMED.matcher(line.strip());
            if (m.matches()) {
                double p = Double.parseDouble(m.group(4));
                double score = p > 0 ? KWS_MAX + Math.log(p) / LOG_BASE : Double.NEGATIVE_INFINITY;
                all.add(new Detection(m.group(1).strip(), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), score));
            }
        }
        all.sort(Comparator.comparingDouble(Detection::start));
        return List.copyOf(all);
    }

    /** pocketsphinx's results without its log lines (they are interleaved in one file). */
    static String results(String outputAndLog) {
        StringBuilder results = new StringBuilder();
        for (String line : outputAndLog.split("\n")) {
            if (!line.startsWith("INFO:") && !line.startsWith("WARN") && !line.startsWith("ERROR") && !line.startsWith("-")
                    && !line.startsWith("[NAME]") && !line.startsWith("Current configuration")) {
                results.append(line).append('\n');
            }
        }
        return results.toString();
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
