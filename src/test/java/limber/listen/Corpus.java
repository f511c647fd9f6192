package limber.listen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import limber.cli.Main;
import limber.speech.FreeTtsNarrator;
import limber.testkit.Pcm;
import limber.testkit.Tools;

/**
 * Real speech for the voice tests, made once and kept in {@code target/listen-corpus}: commands
 * and answers spoken by FreeTTS (kevin16 at two rates) and espeak-ng (two voices at two rates),
 * pink noise from sox, a paragraph of other talk, and the seed routine's whole narration.
 */
final class Corpus {
    static final Path DIR = Path.of("target", "listen-corpus-v1");

    /** A synthetic speaker. */
    record Voice(String name, String engine, String voice, int rate) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Voice> VOICES = List.of(
            new Voice("freetts-150", "freetts", "kevin16", 150),
            new Voice("freetts-190", "freetts", "kevin16", 190),
            new Voice("espeak-us-150", "espeak", "en-us", 150),
            new Voice("espeak-gbf-200", "espeak", "en-gb+f3", 200));

    /**
     * Voices that no threshold was chosen on, for checking that the choices carry over
     * ({@code ListenBench -DheldOut=true}).
     */
    static final List<Voice> HELD_OUT = List.of(
            new Voice("freetts-130", "freetts", "kevin16", 130),
            new Voice("freetts-170", "freetts", "kevin16", 170),
            new Voice("espeak-usm3-170", "espeak", "en-us+m3", 170),
            new Voice("espeak-rp-160", "espeak", "en-gb-x-rp", 160),
            new Voice("espeak-usf2-140", "espeak", "en-us+f2", 140),
            new Voice("espeak-029-180", "espeak", "en-029", 180));

    static final List<String> CONTROLS = List.of("pause", "resume", "continue", "next", "back", "repeat", "longer",
            "shorter", "stop");
    static final List<String> ANSWERS = List.of("one", "two", "three", "fifteen", "thirty", "forty five");
    /** The seed routine's hold options, as its menu offers them. */
    static final List<Integer> SEED_HOLDS = List.of(15, 30, 45);

    private Corpus() {
    }

    // The real-time tests run at once, in JVMs of their own: two of them may make the same file
    // together. Each writes aside under a name of its own (aside) and moves the file into place
    // in one step; synchronized does the same for threads of one JVM.

    /** {@code phrase} said by {@code voice}, 16 kHz. */
    static synchronized short[] phrase(Voice voice, String phrase) throws IOException {
        Path f = DIR.resolve("phrases").resolve(voice.name()).resolve(phrase.replace(' ', '_') + ".wav");
        if (!Files.exists(f)) {
            synthesize(voice, phrase, f);
        }
        return Pcm.read(f);
    }

    /** A text file's talk, said by {@code voice} in one go (its own pauses between sentences). */
    static synchronized short[] talk(Voice voice, String resource) throws IOException {
        Path f = DIR.resolve("talk").resolve(voice.name() + "-" + resource.replace(".txt", "") + ".wav");
        if (!Files.exists(f)) {
            synthesize(voice, text(resource), f);
        }
        return Pcm.read(f);
    }

    /**
     * The same talk cut at every comma and full stop, each piece said alone with {@code gap}
     * seconds of silence after it: many short, isolated bursts, much harder than the paragraph.
     */
    static synchronized short[] phrases(Voice voice, String resource, double gap) throws IOException {
        Path f = DIR.resolve("talk").resolve(voice.name() + "-" + resource.replace(".txt", "") + "-phrases-" + gap + ".wav");
        if (!Files.exists(f)) {
            List<short[]> parts = new ArrayList<>();
            int i = 0;
            for (String piece : text(resource).split("(?<=[,.;:])\\s+")) {
                if (piece.isBlank()) {
                    continue;
                }
                Path one = aside(DIR.resolve("tmp").resolve(voice.name() + "-" + i++ + ".wav"), ".wav");
                synthesize(voice, piece.strip(), one);
                parts.add(Pcm.read(one));
                parts.add(Pcm.silence(gap));
                Files.delete(one);
            }
            write(f, Pcm.concat(parts));
        }
        return Pcm.read(f);
    }

    /** Pink noise made by sox, full scale; {@link Pcm#mix} sets its level. */
    static synchronized short[] noise() throws IOException {
        Path f = DIR.resolve("pink-noise.wav");
        if (!Files.exists(f)) {
            Files.createDirectories(f.getParent());
            Path part = aside(f, ".part.wav");
            exec(List.of("sox", "-n", "-r", "16000", "-b", "16", "-c", "1", part.toString(), "synth", "20", "pinknoise",
                    "vol", "0.5"));
            Files.move(part, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return Pcm.read(f);
    }

    /** The seed routine's whole narration, exactly as {@code limber export} writes it. */
    static synchronized short[] narration() throws IOException {
        Path f = DIR.resolve("seed-narration.wav");
        if (!Files.exists(f)) {
            Files.createDirectories(f.getParent());
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(new String[] {"export", "back-spasm-relief", "-o", f.toString(), "--cache-dir",
                DIR.resolve("audio-cache").toString()}, new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true), Map.of());
            if (status != 0) {
                throw new IOException("export failed: " + err);
            }
        }
        return Pcm.read(f);
    }

    static String text(String resource) throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static void synthesize(Voice voice, String text, Path f) throws IOException {
        Files.createDirectories(f.getParent());
        if (voice.engine().equals("freetts")) {
            try (FreeTtsNarrator n = FreeTtsNarrator.open(voice.voice(), voice.rate())) {
                write(f, n.say(text).toArray());
            }
            return;
        }
        Path raw = aside(f, ".22k.wav");
        Path part = aside(f, ".part.wav");
        exec(List.of("espeak-ng", "-v", voice.voice(), "-s", Integer.toString(voice.rate()), "-w", raw.toString(), text));
        exec(List.of("sox", raw.toString(), "-r", "16000", "-b", "16", "-c", "1", part.toString()));
        Files.delete(raw);
        Files.move(part, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void write(Path f, short[] pcm) throws IOException {
        Files.createDirectories(f.getParent());
        Path part = aside(f, ".part");
        Pcm.write(part, pcm);
        Files.move(part, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A name next to {@code f} that no other JVM making {@code f} uses. */
    private static Path aside(Path f, String suffix) {
        return f.resolveSibling(f.getFileName() + "." + ProcessHandle.current().pid() + suffix);
    }

    static String exec(List<String> cmd) throws IOException {
        Tools.require(cmd.get(0));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + cmd, e);
        }
        return out;
    }
}
