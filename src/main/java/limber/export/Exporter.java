package limber.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongConsumer;
import limber.audio.TimelineAudio;
import limber.audio.WavSink;

/**
 * Writes a session to an audio file (and optionally captions), streaming: memory does not grow
 * with the session's length. Both files are written aside and moved into place at the end.
 */
public final class Exporter {
    private Exporter() {
    }

    /** Fails early, before any synthesis, when the targets cannot be written. */
    public static void check(Path audio, Path captions, boolean force) throws ExportException {
        format(audio);
        AtomicTarget.check(audio, force);
        if (captions != null) {
            AtomicTarget.check(captions, force);
        }
    }

    /**
     * @param progress called with the number of samples written so far
     */
    public static void export(TimelineAudio session, Path audio, Path captions, boolean force,
                              LongConsumer progress) throws ExportException {
        format(audio);
        try (AtomicTarget out = AtomicTarget.open(audio, force);
             AtomicTarget vtt = captions == null ? null : AtomicTarget.open(captions, force)) {
            write(session, out.stream(), progress, audio);
            if (vtt != null) {
                writeText(vtt.stream(), Captions.webVtt(session.timeline()), captions);
            }
            out.commit();
            if (vtt != null) {
                vtt.commit();
            }
        }
    }

    /**
     * Writes a text file (UTF-8) aside and moves it into place: the target is either untouched or
     * whole, and an existing one is replaced only when {@code force} is set.
     */
    public static void writeFile(Path target, String text, boolean force) throws ExportException {
        try (AtomicTarget out = AtomicTarget.open(target, force)) {
            writeText(out.stream(), text, target);
            out.commit();
        }
    }

    private static void write(TimelineAudio session, OutputStream raw, LongConsumer progress, Path file)
            throws ExportException {
        try {
            OutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
            try (WavSink sink = new WavSink(buffered, session.length())) {
                session.render(0, session.length(), sink, progress);
            }
        } catch (IOException e) {
            throw new ExportException(file + ": write failed: " + AtomicTarget.reason(e), false, e);
        }
    }

    private static void writeText(OutputStream raw, String text, Path file) throws ExportException {
        try {
            raw.write(text.getBytes(StandardCharsets.UTF_8));
            raw.flush();
        } catch (IOException e) {
            throw new ExportException(file + ": write failed: " + AtomicTarget.reason(e), false, e);
        }
    }

    private static void format(Path audio) throws ExportException {
        String name = audio.getFileName() == null ? "" : audio.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".wav")) {
            throw new ExportException(audio + ": unsupported audio format (supported: .wav)", true, null);
        }
    }
}
