package limber.listen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code pocketsphinx_continuous} writes, read: its results are interleaved with its log
 * in one file ({@link #results}); a JSGF decode gives the words ({@link #forced}), the keyword
 * spotter its detections with their scores ({@link #detections}), and {@code -backtrace yes} a
 * table of words with their frames and acoustic scores ({@link #backtrace}).
 *
 * <pre>{@code
 * forced("pause\npause 0.000 0.520 1.000000\n")            -> "pause"
 * detections("stop  0.250 0.680 0.883279\n").get(0)        -> Detection[stop, 0.25, 0.68, 258.7...]
 * }</pre>
 *
 * <p>Stateless: pure functions of the text.
 */
final class DecoderOutput {
    private DecoderOutput() {
    }

    /** KWS_MAX in pocketsphinx's kws_search.c: a detection's printed "probability" is exp(score - KWS_MAX). */
    private static final double KWS_MAX = 1500;
    private static final double LOG_BASE = Math.log(1.0001);
    private static final Pattern TIMED = Pattern.compile("^(\\S.*?)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s*$");
    private static final Pattern BACKTRACE = Pattern.compile("^(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+\\.\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(\\d+)\\s*$");

    /** One keyword-spotter detection: phrase, start and end in seconds, score. */
    record Detection(String phrase, double start, double end, double score) {
    }

    /** One row of pocketsphinx's backtrace: a word, its first and last frame, its acoustic score. */
    record Aligned(String word, int start, int end, double ascr) {
        /** A word, not a silence, a noise or an empty transition. */
        boolean isWord() {
            return !word.startsWith("<") && !word.startsWith("[") && !word.equals("(NULL)");
        }
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
}
