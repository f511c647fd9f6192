package limber.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import limber.audio.Clip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreeTtsNarratorTest {
    static final String SENTENCE = "Lie on your back with your knees bent and feet flat on the floor,"
            + " then bring your left knee to your chest.";
    static final String SIBILANTS = "Sixteen stretches, slow and steady, six seconds each.";
    /** A token whose phone pair "y-k" kevin16 lacks: unpatched FreeTTS prints about it. */
    static final String MISSING_DIPHONE = "Yc";

    @Test
    void speaksNonEmptyAudioOfSpeechLength() throws IOException {
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", FreeTtsNarrator.DEFAULT_RATE)) {
            Clip clip = n.say(SENTENCE);
            double seconds = (double) clip.length() / 16_000;
            assertTrue(seconds > 3 && seconds < 10, "21 words took " + seconds + " s");
            assertTrue(peak(clip) > 5000, "peak " + peak(clip));
        }
    }

    @Test
    void outputHasSixteenKilohertzBandwidth() throws IOException {
        // An 8 kHz voice, even resampled, has next to nothing above 4 kHz (0.2% measured);
        // kevin16's sibilants put about 10% of this sentence's energy there.
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", FreeTtsNarrator.DEFAULT_RATE)) {
            double fraction = energyAbove(4000, n.say(SIBILANTS));
            assertTrue(fraction > 0.03, "energy above 4 kHz: " + fraction);
        }
    }

    @Test
    void sameTextGivesIdenticalSamplesInEveryNarrator() throws IOException {
        try (FreeTtsNarrator a = FreeTtsNarrator.open("kevin16", 150);
                FreeTtsNarrator b = FreeTtsNarrator.open("kevin16", 150)) {
            Clip first = a.say(SENTENCE);
            a.say(SIBILANTS);
            assertEquals(first, a.say(SENTENCE));
            assertEquals(first, b.say(SENTENCE));
        }
    }

    @Test
    void fasterRateGivesShorterClip() throws IOException {
        try (FreeTtsNarrator normal = FreeTtsNarrator.open("kevin16", 150);
                FreeTtsNarrator fast = FreeTtsNarrator.open("kevin16", 300)) {
            int normalLength = normal.say(SENTENCE).length();
            int fastLength = fast.say(SENTENCE).length();
            double ratio = (double) fastLength / normalLength;
            assertTrue(ratio > 0.4 && ratio < 0.6, "300 wpm / 150 wpm length ratio " + ratio);
        }
    }

    @Test
    void defaultRateIsTheVoicesOwnRate() {
        assertEquals(FreeTtsNarrator.DEFAULT_RATE, FreeTtsNarrator.nativeRate("kevin16"));
    }

    @Test
    void defaultRateSoundsLikeTheUnconfiguredVoice() throws IOException {
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", FreeTtsNarrator.DEFAULT_RATE);
                FreeTtsNarrator slower = FreeTtsNarrator.open("kevin16", FreeTtsNarrator.DEFAULT_RATE - 1)) {
            assertNotEquals(n.say(SENTENCE).length(), slower.say(SENTENCE).length());
        }
    }

    @Test
    void printsNothingWhileOpeningAndSpeaking() throws IOException {
        List<LogRecord> records = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        root.addHandler(recorder);
        root.setLevel(Level.ALL);
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            FreeTtsNarrator.voices();
            try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 150)) {
                n.say(SENTENCE);
                n.say(MISSING_DIPHONE);
            }
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
            root.removeHandler(recorder);
            root.setLevel(rootLevel);
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), records.stream()
                .filter(r -> r.getLoggerName() != null && r.getLoggerName().startsWith("com.sun.speech"))
                .map(LogRecord::getMessage).toList());
    }

    @Test
    void printsNothingInAFreshJvm() throws Exception {
        // In a fresh JVM java.util.logging is configured by FreeTTS's first use, as in the CLI.
        String classPath = String.join(File.pathSeparator,
                codeSource(FreeTtsNarrator.class),
                codeSource(SilenceProbe.class),
                codeSource(Class.forName("com.sun.speech.freetts.Voice")));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", classPath, SilenceProbe.class.getName(),
                SENTENCE, MISSING_DIPHONE).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("", out);
        assertEquals("", err);
        assertEquals(0, p.exitValue());
    }

    @Test
    void voiceDataFromFilesSpeaksTheSameSamplesAsFromTheJar(@TempDir Path dir) throws IOException {
        List<String> lines = List.of(SENTENCE, MISSING_DIPHONE, "3.", "Hold for 30 seconds, left side.");
        List<Clip> fromJar = new ArrayList<>();
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 150)) {
            for (String line : lines) {
                fromJar.add(n.say(line));
            }
        }
        Path data = dir.resolve("voices");
        for (int run = 0; run < 2; run++) { // copies made, then copies used
            List<Clip> fromFiles = new ArrayList<>();
            try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 150, data)) {
                for (String line : lines) {
                    fromFiles.add(n.say(line));
                }
            }
            assertEquals(fromJar, fromFiles, "run " + run);
        }
        assertEquals(List.of("cmu_us_kal16.bin", "cmulex_addenda.bin", "cmulex_compiled.bin", "cmulex_lts.bin"),
                Files.list(data).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void aDamagedVoiceFileIsCopiedAgain(@TempDir Path dir) throws IOException {
        Clip expected;
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 150)) {
            expected = n.say(SENTENCE);
        }
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 150, dir)) {
            n.say("Rest.");
        }
        Path database = dir.resolve("cmu_us_kal16.bin");
        byte[] bytes = Files.readAllBytes(database);
        bytes[bytes.length / 2] ^= 0x55; // same size, other content
        Files.write(database, bytes);
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 150, dir)) {
            assertEquals(expected, n.say(SENTENCE));
        }
        assertNotEquals(bytes[bytes.length / 2], Files.readAllBytes(database)[bytes.length / 2]);
    }

    @Test
    void aVoiceDataFolderThatCannotBeMadeFallsBackToTheJar(@TempDir Path dir) throws IOException {
        Path notADirectory = dir.resolve("voices");
        Files.writeString(notADirectory, "");
        Clip expected;
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 150)) {
            expected = n.say("Release.");
        }
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 150, notADirectory)) {
            assertEquals(expected, n.say("Release."));
        }
    }

    @Test
    void openLoadsNoVoiceData() throws IOException {
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 150)) {
            assertFalse(n.isLoaded());
            n.say("Rest.");
            assertTrue(n.isLoaded());
        }
    }

    @Test
    void offersOnlySixteenKilohertzVoices() {
        assertEquals(List.of("kevin16"), FreeTtsNarrator.voices());
    }

    @Test
    void unknownVoiceIsRejectedWithTheAvailableVoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FreeTtsNarrator.open("alan", 150));
        assertEquals("unknown voice \"alan\"; available voices: kevin16", e.getMessage());
    }

    @Test
    void eightKilohertzVoiceIsRejectedAsUnsupported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FreeTtsNarrator.open("kevin", 150));
        assertEquals("voice \"kevin\" is not supported (it is not 16 kHz); available voices: kevin16",
                e.getMessage());
    }

    @Test
    void rateOutsideTheRangeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FreeTtsNarrator.open("kevin16", 1000));
        assertEquals("rate must be 60..400 words per minute, got 1000", e.getMessage());
    }

    @Test
    void identifiesItsSound() {
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 180)) {
            assertEquals("freetts", n.engine());
            assertEquals("kevin16", n.voice());
            assertEquals(180, n.rate());
        }
    }

    @Test
    void textWithNothingToSayGivesEmptyClip() throws IOException {
        try (FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 150)) {
            assertEquals(0, n.say("").length());
        }
    }

    @Test
    void sayAfterCloseFailsAndCloseIsIdempotent() throws IOException {
        FreeTtsNarrator n = FreeTtsNarrator.open("kevin16", 150);
        n.say("Rest.");
        n.close();
        n.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> n.say("Rest."));
        assertEquals("narrator is closed", e.getMessage());
    }

    static int peak(Clip clip) {
        int peak = 0;
        for (int i = 0; i < clip.length(); i++) {
            peak = Math.max(peak, Math.abs(clip.sample(i)));
        }
        return peak;
    }

    /** Fraction of the clip's energy above {@code hz}, through a 101-tap windowed-sinc high-pass. */
    static double energyAbove(double hz, Clip clip) {
        short[] x = clip.toArray();
        int taps = 101;
        int mid = taps / 2;
        double fc = hz / 16_000;
        double[] h = new double[taps];
        for (int i = 0; i < taps; i++) {
            int k = i - mid;
            double lowPass = k == 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * k) / (Math.PI * k);
            double hamming = 0.54 - 0.46 * Math.cos(2 * Math.PI * i / (taps - 1));
            h[i] = ((k == 0 ? 1 : 0) - lowPass) * hamming;
        }
        double high = 0;
        double total = 0;
        for (int n = mid; n < x.length - mid; n++) {
            double y = 0;
            for (int i = 0; i < taps; i++) {
                y += h[i] * x[n - mid + i];
            }
            high += y * y;
            total += (double) x[n] * x[n];
        }
        return high / total;
    }

    private static String codeSource(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
