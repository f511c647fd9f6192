package limber.listen;

import java.util.List;
import java.util.Locale;
import limber.listen.DecoderOutput.Aligned;
import limber.listen.DecoderOutput.Detection;
import limber.listen.PocketSphinx.Settings;
import limber.listen.Recognizer.Heard;

/**
 * Deciding: the three decodes of one utterance weighed together ({@link #evidence}) and judged
 * against {@link PocketSphinx.Settings} ({@link #decide}). A phrase is accepted only when the
 * spotter found the decoded phrase with a score of at least {@link PocketSphinx.Settings#minScore}
 * (a stricter {@link PocketSphinx.Settings#minStopScore} for "stop"), that phrase spans the
 * utterance (all of its speech but {@link PocketSphinx.Settings#maxUncovered} seconds at most),
 * and the grammar's acoustic score trails the free phone loop's by no more than
 * {@link PocketSphinx.Settings#minFit} a frame ({@link #fit}). A command is the whole utterance,
 * never a word inside a longer one ("the next one").
 *
 * <p>Stateless: pure functions.
 */
final class Verdict {
    private Verdict() {
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

    private static double total(List<Aligned> rows) {
        double sum = 0;
        for (Aligned a : rows) {
            sum += a.ascr();
        }
        return sum;
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
}
