package limber.listen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import limber.testkit.Jvm;
import limber.testkit.Pcm;
import limber.testkit.Pulse;

/**
 * The real {@code limber play ... --listen} in a child process with no keyboard (stdin is
 * /dev/null), on a PulseAudio server whose speakers are looped into its microphone; what it
 * prints is read line by line, each with the time it came (seconds since the start), and phrases
 * are said into the microphone as a person would: again when no confirmation comes within 3 s.
 */
final class SpokenSession implements AutoCloseable {
    /** A line of the transcript and when it was printed, in seconds after the process started. */
    record Line(double at, String text) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%7.2f %s", at, text);
        }
    }

    private static final int TRIES = 3;

    /**
     * A PulseAudio server of its own whose speakers are looped into its microphone, with the
     * packages the live voice tests need checked first (missing: the install line).
     */
    static final class Room implements AutoCloseable {
        private final Pulse pulse;
        private final String loop;

        private Room(Pulse pulse, String loop) {
            this.pulse = pulse;
            this.loop = loop;
        }

        static Room up(String name) throws IOException {
            limber.testkit.Tools.require(limber.testkit.Tools.CORPUS);
            limber.testkit.Tools.require(limber.testkit.Tools.POCKETSPHINX);
            Pulse pulse = Pulse.up(name);
            try {
                return new Room(pulse, pulse.loopSpeakersIntoMic(60));
            } catch (IOException | RuntimeException e) {
                pulse.close();
                throw e;
            }
        }

        /** Starts {@code limber ARGS} in this room, with {@code env} added to its environment. */
        SpokenSession play(Map<String, String> env, String... args) throws IOException {
            return start(pulse, env, args);
        }

        @Override
        public void close() throws IOException {
            try {
                pulse.unload(loop);
            } finally {
                pulse.close();
            }
        }
    }

    private final Pulse pulse;
    private final Process process;
    private final long started = System.nanoTime();
    private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    private final List<Line> transcript = new ArrayList<>();
    private int said;
    private int repeated;

    private SpokenSession(Pulse pulse, Process process) {
        this.pulse = pulse;
        this.process = process;
        Thread reader = new Thread(this::read, "spoken-session-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private static SpokenSession start(Pulse pulse, Map<String, String> env, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Jvm.limber(args))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true);
        pb.environment().putAll(pulse.env());
        pb.environment().putAll(env);
        return new SpokenSession(pulse, pb.start());
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                lines.add(new Line(now(), l));
            }
            lines.add(new Line(now(), "(exit " + process.waitFor() + ")"));
        } catch (IOException e) {
            lines.add(new Line(now(), "(output ended: " + e + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private double now() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Says {@code phrase} in {@code voice} into the microphone until a line matching {@code confirmation} is printed. */
    Line say(Corpus.Voice voice, String phrase, Predicate<String> confirmation) throws IOException, InterruptedException {
        Path wav = Files.createDirectories(Corpus.DIR.resolve("live")).resolve("say-" + voice + "-" + phrase.replace(' ', '_') + ".wav");
        short[] pcm = Pcm.concat(List.of(Pcm.silence(0.3), Corpus.phrase(voice, phrase), Pcm.silence(0.3)));
        Pcm.write(wav, pcm);
        for (int t = 0; t < TRIES; t++) {
            said++;
            if (t > 0) {
                repeated++;
            }
            pulse.playIntoMic(wav);
            Line l = poll(confirmation, 3);
            if (l != null) {
                return l;
            }
        }
        throw new AssertionError("\"" + phrase + "\" said " + TRIES + " times, never confirmed: " + transcript);
    }

    /** The next line matching {@code p}, waiting up to {@code seconds}; fails otherwise. */
    Line await(Predicate<String> p, int seconds) throws InterruptedException {
        Line l = poll(p, seconds);
        if (l == null) {
            throw new AssertionError("waited " + seconds + " s in vain; heard so far: " + transcript);
        }
        return l;
    }

    private Line poll(Predicate<String> p, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = until - System.nanoTime();
            Line l = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (l == null) {
                return null;
            }
            transcript.add(l);
            if (p.test(l.text())) {
                return l;
            }
        }
    }

    /** Every line read so far, in order. */
    List<Line> transcript() {
        return List.copyOf(transcript);
    }

    /** The texts read so far. */
    List<String> texts() {
        return transcript.stream().map(Line::text).toList();
    }

    /** How many phrases were said into the microphone, and how many of them were a second or third try. */
    int said() {
        return said;
    }

    int repeated() {
        return repeated;
    }

    /** Writes the transcript, with its times, to {@code name} in the corpus's live folder. */
    void keep(String name) throws IOException {
        Files.write(Files.createDirectories(Corpus.DIR.resolve("live")).resolve(name),
                transcript.stream().map(Line::toString).toList());
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
