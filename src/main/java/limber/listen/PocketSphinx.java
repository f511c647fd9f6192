package limber.listen;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@link Recognizer} on Debian's {@code pocketsphinx} ({@code pocketsphinx_continuous},
 * found on PATH, with the {@code pocketsphinx-en-us} model), run as two child processes per
 * utterance, side by side: a JSGF decode says which phrase the utterance is closest to, and a
 * keyword spotter scores each phrase against a free phone loop. A phrase is accepted only when
 * the spotter found the decoded phrase with a score of at least {@link Settings#minScore} (a
 * stricter {@link Settings#minStopScore} for "stop", which ends the session), and that phrase
 * spans the utterance: all of its speech but {@link Settings#maxUncovered} seconds at most. A
 * command is the whole utterance, never a word inside a longer one ("the next one").
 *
 * <p>Each utterance is first brought to one loudness ({@link Settings#levelDb}): the model's
 * default cepstral mean fits speech at about that level, and a fresh process never adapts it
 * (pocketsphinx updates the mean only at the end of an utterance).

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
     * spotted phrase may leave out; {@code levelDb} the loudness utterances are brought to
     * (NaN: left as they are).
     */
    record Settings(double minScore, double minStopScore, double maxUncovered, double levelDb, long timeoutMillis) {
        static final Settings DEFAULT = new Settings(-800, -200, 0.3, -30, 5000);

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
    record Evidence(String forced, double score, double coverage, double speechSeconds, double margin) {
        double uncovered() {
            return speechSeconds * (1 - coverage);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "\"%s\" score %.0f coverage %.2f of %.2f s margin %.0f", forced, score,
                    coverage, speechSeconds, margin);
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
    private Vocabulary written;

    private PocketSphinx(Path program, Path dir, Settings settings) {
        this.program = program;
        this.dir = dir;
        this.settings = settings;
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
            ps.probe();
            return ps;
        } catch (IOException | RuntimeException e) {
            ps.close();
            throw e;
        }
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
        Path out = dir.resolve("probe.out");
        Run r = finish(start(List.of("-infile", wav.toString(), "-jsgf", dir.resolve("grammar.gram").toString(),
                "-dict", dir.resolve("commands.dict").toString()), out), out);
        if (r.exit != 0) {
            String why = r.out.lines().filter(l -> l.startsWith("ERROR")).findFirst().orElse("exit status " + r.exit);
            throw new Unavailable("voice control needs pocketsphinx's English model (" + PROGRAM + " failed: "
                    + why.strip() + "): " + INSTALL);
        }
    }

    @Override
    public Heard recognize(short[] pcm, int speechFrom, int speechTo, Vocabulary vocabulary) throws IOException {
        return decide(evidence(pcm, speechFrom, speechTo, vocabulary), vocabulary, settings);
    }

    Evidence evidence(short[] pcm, int speechFrom, int speechTo, Vocabulary vocabulary) throws IOException {
        files(vocabulary);
        Path wav = dir.resolve("utterance.wav");
        Wav.write(wav, Double.isNaN(settings.levelDb()) ? pcm : leveled(pcm, speechFrom, speechTo, settings.levelDb()));
        List<String> common = List.of("-infile", wav.toString(), "-dict", dir.resolve("commands.dict").toString(),
                "-time", "yes");
        Path grammarOut = dir.resolve("grammar.out");
        Path spotterOut = dir.resolve("spotter.out");
        List<String> decode = new ArrayList<>(common);
        decode.addAll(List.of("-jsgf", dir.resolve("grammar.gram").toString()));
        List<String> spot = new ArrayList<>(common);
        spot.addAll(List.of("-kws", dir.resolve("phrases.kws").toString()));
        Process grammar = start(decode, grammarOut);
        Process spotter = start(spot, spotterOut);
        String decoded = finish(grammar, grammarOut).out;
        String spotted = finish(spotter, spotterOut).out;
        return evidence(forced(decoded), detections(spotted), (speechTo - speechFrom) / (double) RATE);
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
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(pcm[i] * gain)));
        }
        return out;
    }

    /**
     * The spotter's best detection of the decoded phrase, its length over the speech's (at most
     * 1), and by how much it beats the best detection of any other phrase.
     */
    static Evidence evidence(String forced, List<Detection> spotted, double speechSeconds) {
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
        return new Evidence(forced, score, coverage, speechSeconds, margin);
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
        if (e.uncovered() > settings.maxUncovered()) {
            return Heard.nothing(e + ": spans too little of the speech");
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

    private record Run(int exit, String out) {
    }

    /** Starts pocketsphinx with its output and its log going to {@code out}. */
    private Process start(List<String> args, Path out) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(program.toString());
        cmd.addAll(args);
        return new ProcessBuilder(cmd)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectErrorStream(true)
                .start();
    }

    /** Waits for {@code p} (killing it after the timeout) and reads what it wrote. */
    private Run finish(Process p, Path out) throws IOException {
        try {
            if (!p.waitFor(settings.timeoutMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException(PROGRAM + " did not finish within " + settings.timeoutMillis() + " ms");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while " + PROGRAM + " ran");
        }
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
