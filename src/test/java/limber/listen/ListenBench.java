package limber.listen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import limber.testkit.Pcm;

/**
 * Not a test: the measurements behind the voice control's thresholds. For every utterance of
 * the corpus it prints one tab-separated line: set, label, vocabulary, the segment's speech
 * length, the quiet before it, its start, and pocketsphinx's evidence (decoded phrase, spotter
 * score, coverage, margin) with no threshold applied; then, as "# " lines, recall and false
 * alarms at the shipped settings. Options: {@code -Dsnr=15} (pink noise under the noisy
 * commands, dB below the speech), {@code -Dlevel=-30} (loudness utterances are brought to),
 * {@code -DcommandsOnly=true}.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) limber.listen.ListenBench &gt; bench.tsv
 * </pre>
 */
final class ListenBench {
    /** Words that are not commands, each said alone after 1.5 s of quiet: the hardest case there is. */
    static final List<String> ISOLATED_WORDS = List.of("release", "rest", "steady", "hello", "stretch", "relax", "okay",
            "yes", "no", "thanks", "done", "start", "breathe", "wait", "again", "sorry", "what", "left", "right", "down",
            "up", "knee", "leg");

    /** Short phrases with a command word inside, each said alone: no command. */
    static final List<String> CONTAINING_COMMANDS = List.of("please pause the music", "the next one", "go back home",
            "stop at the corner", "a longer walk", "repeat after me", "continue reading", "it was shorter");

    private ListenBench() {
    }

    public static void main(String[] args) throws Exception {
        PocketSphinx.Settings ps = PocketSphinx.Settings.DEFAULT;
        PocketSphinx.Settings settings = new PocketSphinx.Settings(ps.minScore(), ps.minStopScore(), ps.maxUncovered(),
                ps.minFit(), ps.clearFit(), ps.maxUncoveredIfClear(), Double.parseDouble(System.getProperty("level", Double.toString(ps.levelDb()))),
                Double.parseDouble(System.getProperty("floor", Double.toString(ps.floorDb()))), 60_000);
        Listening.Settings ls = new Listening.Settings(Segmenter.Settings.DEFAULT, 0);
        Vocabulary controls = Vocabulary.controls();
        Vocabulary menu = controls.withAnswers(Corpus.SEED_HOLDS);
        short[] noise = Corpus.noise();
        List<Callable<List<String>>> jobs = new ArrayList<>();
        boolean heldOut = Boolean.getBoolean("heldOut");
        List<Corpus.Voice> voices = heldOut ? Corpus.HELD_OUT : Corpus.VOICES;
        for (Corpus.Voice v : voices) {
            for (String cond : List.of("clean", "noise15")) {
                List<String> phrases = new ArrayList<>(Corpus.CONTROLS);
                phrases.addAll(Corpus.ANSWERS);
                List<short[]> streams = new ArrayList<>();
                for (String phrase : phrases) {
                    short[] said = Corpus.phrase(v, phrase);
                    short[] stream = Pcm.concat(List.of(Pcm.hiss(1.5, 1), said, Pcm.hiss(1.2, 2)));
                    if (cond.equals("noise15")) {
                        stream = Pcm.mix(stream, noise, Double.parseDouble(System.getProperty("snr", "15"))
                                + Pcm.activeDb(stream) - Pcm.activeDb(said));
                    }
                    streams.add(stream);
                }
                jobs.add(() -> {
                    List<String> lines = new ArrayList<>();
                    try (PocketSphinx r = PocketSphinx.open(settings)) {
                        for (int i = 0; i < phrases.size(); i++) {
                            Vocabulary vocab = Corpus.CONTROLS.contains(phrases.get(i)) ? controls : menu;
                            for (Segmenter.Utterance u : segments(streams.get(i), ls)) {
                                lines.add(line("CMD", v + "/" + phrases.get(i) + "/" + cond, vocab, u, r));
                            }
                        }
                    }
                    return lines;
                });
            }
        }
        List<String> sets = new ArrayList<>();
        List<short[]> streams = new ArrayList<>();
        if (!heldOut) {
            sets.add("narration");
            streams.add(Corpus.narration());
        }
        for (String text : heldOut ? List.<String>of() : List.of("talk-tuning.txt", "talk-test.txt")) {
            for (Corpus.Voice v : List.of(Corpus.VOICES.get(0), Corpus.VOICES.get(2), Corpus.VOICES.get(3))) {
                sets.add(text + ":" + v);
                streams.add(Corpus.talk(v, text));
                sets.add(text + ":phrases:" + v);
                streams.add(Corpus.phrases(v, text, 0.6));
            }
        }
        for (Corpus.Voice v : heldOut ? voices : List.of(Corpus.VOICES.get(0), Corpus.VOICES.get(2), Corpus.VOICES.get(3))) {
            sets.add("words:" + v);
            streams.add(eachAlone(v, ISOLATED_WORDS));
            sets.add("containing:" + v);
            streams.add(eachAlone(v, CONTAINING_COMMANDS));
        }
        for (int i = 0; i < sets.size() && !Boolean.getBoolean("commandsOnly"); i++) {
            String set = sets.get(i);
            List<Segmenter.Utterance> us = segments(streams.get(i), ls);
            for (Vocabulary vocab : List.of(controls, menu)) {
                jobs.add(() -> {
                    List<String> lines = new ArrayList<>();
                    try (PocketSphinx r = PocketSphinx.open(settings)) {
                        for (Segmenter.Utterance u : us) {
                            lines.add(line("DIS", set, vocab, u, r));
                        }
                    }
                    return lines;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> all = new ArrayList<>();
        try {
            for (Future<List<String>> f : pool.invokeAll(jobs)) {
                all.addAll(f.get());
            }
        } finally {
            pool.shutdown();
        }
        all.forEach(System.out::println);
        summary(all, settings, Listening.Settings.DEFAULT).forEach(System.out::println);
    }

    /**
     * Recall and false alarms at the given settings, from the lines above: "# " lines. A
     * command counts when its utterance was decoded as itself ("forty five seconds" as "forty
     * five") and accepted.
     */
    static List<String> summary(List<String> lines, PocketSphinx.Settings ps, Listening.Settings ls) {
        java.util.Map<String, Boolean> recalled = new java.util.TreeMap<>();
        java.util.Map<String, int[]> alarms = new java.util.TreeMap<>();
        List<String> misheard = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            double speech = Double.parseDouble(f[3]);
            double quiet = Double.parseDouble(f[4]);
            String forced = f[5];
            double score = f[6].contains("Infinity") ? Double.NEGATIVE_INFINITY : Double.parseDouble(f[6]);
            double coverage = Double.parseDouble(f[7]);
            double fit = Double.parseDouble(f[10]);
            boolean accepted = quiet * Segmenter.RATE >= ls.minQuietBefore() && !forced.isEmpty()
                    && score >= (forced.equals("stop") ? ps.minStopScore() : ps.minScore())
                    && speech * (1 - coverage) <= (fit >= ps.clearFit() ? ps.maxUncoveredIfClear() : ps.maxUncovered())
                    && fit >= ps.minFit();
            if (f[0].equals("CMD")) {
                String want = f[1].split("/")[1];
                boolean right = accepted && forced.replace(" seconds", "").equals(want);
                recalled.merge(f[1], right, Boolean::logicalOr);
                if (accepted && !right) {
                    misheard.add(f[1] + " -> " + forced);
                }
            } else {
                String set = f[1].replaceAll(":(freetts|espeak).*", "") + " (" + f[2] + ")";
                int[] n = alarms.computeIfAbsent(set, k -> new int[2]);
                n[0]++;
                if (accepted) {
                    n[1]++;
                }
            }
        }
        List<String> out = new ArrayList<>();
        long ok = recalled.values().stream().filter(b -> b).count();
        out.add(String.format(Locale.ROOT, "# recall %d/%d (%.1f%%); misheard %s", ok, recalled.size(),
                100.0 * ok / recalled.size(), misheard));
        recalled.forEach((k, v) -> {
            if (!v) {
                out.add("#   missed " + k);
            }
        });
        alarms.forEach((k, v) -> out.add("# false alarms " + k + ": " + v[1] + " of " + v[0] + " utterances"
                + (k.startsWith("narration") ? " (without the narration gate)" : "")));
        return out;
    }

    private static String line(String kind, String label, Vocabulary vocab, Segmenter.Utterance u, PocketSphinx r)
            throws java.io.IOException {
        Verdict.Evidence e = r.evidence(u.pcm(), u.pcmSpeechStart(), u.pcmSpeechEnd(), vocab);
        return String.join("\t", kind, label, vocab.answering() ? "menu" : "play",
                String.format(Locale.ROOT, "%.2f", u.seconds()),
                String.format(Locale.ROOT, "%.2f", u.quietBefore() / (double) Segmenter.RATE), e.forced(),
                String.format(Locale.ROOT, "%.0f", e.score()), String.format(Locale.ROOT, "%.2f", e.coverage()),
                String.format(Locale.ROOT, "%.2f", u.speechStart() / (double) Segmenter.RATE),
                String.format(Locale.ROOT, "%.0f", e.margin()), String.format(Locale.ROOT, "%.1f", e.fit()));
    }

    /** Each of {@code phrases} said by {@code voice} after 1.5 s of quiet, in one stream. */
    private static short[] eachAlone(Corpus.Voice voice, List<String> phrases) throws java.io.IOException {
        List<short[]> parts = new ArrayList<>();
        for (String w : phrases) {
            parts.add(Pcm.hiss(1.5, w.hashCode()));
            parts.add(Corpus.phrase(voice, w));
        }
        parts.add(Pcm.hiss(1.5, 0));
        return Pcm.concat(parts);
    }

    static List<Segmenter.Utterance> segments(short[] stream, Listening.Settings settings) {
        List<Segmenter.Utterance> out = new ArrayList<>();
        Listening l = new Listening(settings, out::add);
        l.accept(stream, 0, stream.length, false);
        l.finish();
        return out;
    }
}
