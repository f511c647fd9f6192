package limber.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import limber.audio.Clip;

/**
 * Measures FreeTTS: the first say() in a fresh JVM (voice lookup + allocate + synthesis), warm
 * synthesis speed, and a cache hit. Not a test; run from the project root with
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *   &amp;&amp; java -cp target/classes:target/test-classes:$(cat target/cp.txt) limber.speech.FreeTtsBench
 * </pre>
 *
 * Prints one line per figure; the last line is a hash of the samples, equal in every run.
 */
final class FreeTtsBench {
    static final String SENTENCE = "Lie on your back with your knees bent and feet flat on the floor,"
            + " then slowly bring your left knee up toward your chest.";

    private FreeTtsBench() {}

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        FreeTtsNarrator n = FreeTtsNarrator.open(FreeTtsNarrator.DEFAULT_VOICE, FreeTtsNarrator.DEFAULT_RATE);
        long t1 = System.nanoTime();
        n.say("Rest.");
        long t2 = System.nanoTime();
        Clip first = n.say(SENTENCE);
        long t3 = System.nanoTime();
        System.out.printf("open %.1f ms; first say (load voice + \"Rest.\") %.0f ms; first sentence %.0f ms%n",
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2));

        int words = SENTENCE.split("\\s+").length;
        double seconds = (double) first.length() / 16_000;
        long[] runs = new long[30];
        for (int i = 0; i < runs.length; i++) {
            long s = System.nanoTime();
            n.say(SENTENCE);
            runs[i] = System.nanoTime() - s;
        }
        Arrays.sort(runs);
        double median = runs[runs.length / 2] / 1e9;
        System.out.printf("warm: %d words, %.2f s of audio in %.1f ms median = %.0fx real time%n",
                words, seconds, median * 1e3, seconds / median);
        n.close();

        Path dir = Files.createTempDirectory("limber-bench");
        try (CachingNarrator c = new CachingNarrator(FreeTtsNarrator.open("kevin16", 150), dir)) {
            c.say(SENTENCE);
            long s = System.nanoTime();
            c.say(SENTENCE);
            System.out.printf("cache hit: %.2f ms%n", ms(System.nanoTime() - s));
        }
        System.out.println("samples hash " + first.hashCode());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
