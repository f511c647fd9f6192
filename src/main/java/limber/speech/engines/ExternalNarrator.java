package limber.speech.engines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import limber.audio.Clip;
import limber.speech.Narrator;
import limber.speech.Voice;

/**
 * A narrator that runs an installed engine once per line: the text goes into a file in a private
 * temporary folder, the engine writes a WAV beside it, the samples are read back (whatever its
 * header's sizes say). Nothing of the text reaches a shell or the command line.
 *
 * <p>Failures are one line naming the engine's voice and the text: an exit status other than 0
 * (with the engine's last line of stderr, which is otherwise never shown), no WAV, a WAV of
 * another rate than the voice's, or a run longer than {@link #BASE_TIMEOUT_MILLIS} plus 20 ms a
 * character (then the engine is killed, with what it started). Used by one thread at a time, like any narrator.
 */
final class ExternalNarrator implements Narrator {
    private final Engine engine;
    private final Path program;
    private final Voice voice;
    private final int rate;
    private final Supplier<String> version;
    private final long baseTimeoutMillis;
    private Path work;
    private boolean closed;

    ExternalNarrator(Engine engine, Path program, Voice voice, int rate, Supplier<String> version) {
        this(engine, program, voice, rate, version, BASE_TIMEOUT_MILLIS);
    }

    /** As above, with a run allowed {@code baseTimeoutMillis} plus 20 ms a character. */
    ExternalNarrator(Engine engine, Path program, Voice voice, int rate, Supplier<String> version,
                     long baseTimeoutMillis) {
        this.baseTimeoutMillis = baseTimeoutMillis;
        this.engine = Objects.requireNonNull(engine, "engine");
        this.program = Objects.requireNonNull(program, "program");
        this.voice = Objects.requireNonNull(voice, "voice");
        this.rate = rate;
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A run's time: 10 s, plus 20 ms a character (a 2,000-character line: 50 s; RHVoice needs about 2). */
    static final long BASE_TIMEOUT_MILLIS = 10_000;

    private long timeoutMillis(String text) {
        return baseTimeoutMillis + 20L * text.length();
    }

    @Override
    public Clip say(String text) throws IOException {
        Objects.requireNonNull(text, "text");
        if (closed) {
            throw new IllegalStateException("narrator is closed");
        }
        if (work == null) {
            work = Files.createTempDirectory("limber-" + engine.name() + "-");
        }
        Path in = work.resolve("line.txt");
        Path wav = work.resolve("line.wav");
        Files.deleteIfExists(wav);
        Files.writeString(in, engine.text(text), StandardCharsets.UTF_8);
        Child.Result r;
        try {
            r = Child.run(engine.command(program, voice, rate, in, wav), work, timeoutMillis(text));
        } catch (Child.Timeout e) {
            throw new IOException(voice.id() + " failed on \"" + abbreviate(text) + "\": " + e.getMessage());
        }
        if (r.status() != 0) {
            String why = r.lastError();
            throw new IOException(voice.id() + " failed on \"" + abbreviate(text) + "\" (exit status " + r.status()
                    + (why.isEmpty() ? ")" : "): " + why));
        }
        WavReader.Pcm pcm;
        try {
            pcm = WavReader.read(Files.readAllBytes(wav));
        } catch (NoSuchFileException e) {
            throw new IOException(voice.id() + " wrote no audio for \"" + abbreviate(text) + "\"");
        } catch (IOException e) {
            throw new IOException(voice.id() + " wrote bad audio for \"" + abbreviate(text) + "\": " + e.getMessage());
        }
        if (pcm.rate() != voice.sampleRate()) {
            throw new IOException(voice.id() + " wrote " + pcm.rate() + " Hz audio for \"" + abbreviate(text)
                    + "\", expected " + voice.sampleRate() + " Hz");
        }
        return pcm.clip();
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }

    @Override
    public String engine() {
        return engine.name();
    }

    @Override
    public String engineVersion() {
        return version.get();
    }

    /** The voice's own rate, read from its data ({@code limber voices}): the engine writes at it and nothing resamples. */
    @Override
    public int sampleRate() {
        return voice.sampleRate();
    }

    /** The voice's name within its engine ({@code clb}), without the engine's part of the id. */
    @Override
    public String voice() {
        return voice.name();
    }

    /** Words per minute, as asked for ({@code --rate}); the engine's own scale is {@link Engine#command}'s business. */
    @Override
    public int rate() {
        return rate;
    }

    /** Deletes the temporary folder. Idempotent. */
    @Override
    public void close() {
        closed = true;
        Child.clean(work);
        work = null;
    }

    @Override
    public String toString() {
        return "ExternalNarrator[" + voice.id() + " at " + rate + " wpm]";
    }
}
