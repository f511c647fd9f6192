package limber.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import limber.audio.TimelineAudio;
import limber.audio.WavSink;
import limber.encode.Id3Tag;
import limber.encode.Mp3Sink;
import limber.timeline.Timeline;

/**
 * Writes a session to an audio file, and optionally captions and one track per part with a
 * playlist, streaming: memory does not grow with the session's length. Every file is written
 * aside and all are moved into place only when all are whole; a failure leaves none of them.
 *
 * <pre>{@code
 * Request r = new Request(Path.of("s.mp3"), null, Path.of("tracks"), "Back spasm relief", false);
 * Exporter.check(r, draft);                 // before synthesis: formats, folders, existing files
 * Exporter.export(session, r, progress);    // s.mp3, tracks/00 Introduction.mp3 ..., tracks/s.m3u
 * }</pre>
 */
public final class Exporter {
    /** The album of a whole-session MP3. */
    public static final String ALBUM = "Limber";

    /**
     * What to write.
     *
     * @param audio    the whole session; its extension chooses the {@link Format} of every audio file
     * @param captions WebVTT captions of the whole session, or null
     * @param split    a folder for one track per part and a playlist named after {@code audio}, or null
     * @param title    the routine's title, for tags and the playlist
     * @param force    replace existing files
     */
    public record Request(Path audio, Path captions, Path split, String title, boolean force) {
    }

    /** The files written besides the audio and captions: the tracks in order, and the playlist. */
    public record Result(List<Path> tracks, Path playlist) {
        public Result {
            tracks = List.copyOf(tracks);
        }
    }

    private Exporter() {
    }

    /**
     * Fails early, before any synthesis, when a target cannot be written: an unsupported
     * extension, a missing folder, an existing file without {@code force}. The tracks' names come
     * from {@code draft}, any timeline of the same routine and options: names never depend on
     * speech lengths, so one compiled with zero lengths will do.
     */
    public static void check(Request request, Timeline draft) throws ExportException {
        if (Files.isDirectory(request.audio())) {
            throw new ExportException(request.audio() + ": is a directory; -o names the audio file to write (e.g. "
                    + request.audio().resolve("session.wav") + ")", true, null);
        }
        Format format = Format.of(request.audio());
        List<Path> targets = new ArrayList<>();
        targets.add(request.audio());
        if (request.captions() != null) {
            targets.add(request.captions());
        }
        List<Path> inSplit = new ArrayList<>();
        if (request.split() != null) {
            if (!Files.isDirectory(request.audio().toAbsolutePath().getParent())) {
                // the whole session's folder is missing: say that first, not that DIR's parent is
                AtomicTarget.check(request.audio(), request.force());
            }
            Path dir = request.split();
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new ExportException(dir + ": not a directory", true, null);
            }
            Path parent = dir.toAbsolutePath().getParent();
            if (!Files.exists(dir) && (parent == null || !Files.isDirectory(parent))) {
                throw new ExportException(dir + ": directory " + parent + " does not exist", true, null);
            }
            inSplit.addAll(trackPaths(request, Part.of(draft), format));
            inSplit.add(playlistPath(request));
        }
        Set<Path> seen = new HashSet<>();
        for (Path t : concat(targets, inSplit)) {
            if (!seen.add(t.toAbsolutePath().normalize())) {
                throw new ExportException(t + ": named twice (by -o, --captions or --split)", true, null);
            }
        }
        for (Path t : targets) {
            AtomicTarget.check(t, request.force());
        }
        if (request.split() != null && Files.isDirectory(request.split())) {
            // a folder still to be made holds no files yet
            for (Path t : inSplit) {
                AtomicTarget.check(t, request.force());
            }
        }
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** How many samples an export renders in all, the {@code progress} callback's maximum. */
    public static long work(TimelineAudio session, Request request) {
        return session.length() * (request.split() == null ? 1 : 2);
    }

    /**
     * @param progress called with the number of samples rendered so far, up to {@link #work}
     * @return the tracks and playlist written ({@code tracks} empty and {@code playlist} null
     *         without {@code split})
     */
    public static Result export(TimelineAudio session, Request request, LongConsumer progress)
            throws ExportException {
        Format format = Format.of(request.audio());
        boolean force = request.force();
        long length = session.length();
        List<Part> parts = Part.of(session.timeline());
        Path dir = request.split();
        boolean madeDir = false;
        boolean done = false;
        List<AtomicTarget> pending = new ArrayList<>();
        try {
            AtomicTarget whole = open(pending, request.audio(), force);
            Id3Tag tag = Id3Tag.of(request.title(), ALBUM).withChapters(parts.stream()
                    .map(p -> new Id3Tag.Chapter(p.title(), session.timeline().millis(p.start()), session.timeline().millis(p.end()))).toList());
            writeAudio(format, session, 0, length, tag, whole, progress, request.audio());
            if (request.captions() != null) {
                AtomicTarget vtt = open(pending, request.captions(), force);
                writeText(vtt, Captions.webVtt(session.timeline()), request.captions());
            }
            List<Path> tracks = List.of();
            Path playlist = null;
            if (dir != null) {
                madeDir = makeDirectory(dir);
                tracks = trackPaths(request, parts, format);
                for (int i = 0; i < parts.size(); i++) {
                    Part p = parts.get(i);
                    AtomicTarget t = open(pending, tracks.get(i), force);
                    Id3Tag trackTag = Id3Tag.of(p.title(), request.title()).withTrack(i + 1, parts.size());
                    writeAudio(format, session, p.start(), p.end(), trackTag, t, pos -> progress.accept(length + pos), tracks.get(i));
                }
                playlist = playlistPath(request);
                writeText(open(pending, playlist, force), Playlist.m3u(request.title(), parts, tracks, session.timeline().rate()), playlist);
            }
            for (AtomicTarget t : pending) {
                t.commit();
            }
            done = true;
            return new Result(tracks, playlist);
        } finally {
            pending.forEach(AtomicTarget::close);
            if (madeDir && !done) {
                try {
                    Files.deleteIfExists(dir);
                } catch (DirectoryNotEmptyException ignored) {
                    // someone else put a file there meanwhile: theirs to keep
                } catch (IOException ignored) {
                    // an empty folder left behind is harmless
                }
            }
        }
    }

    /**
     * Writes a text file (UTF-8) aside and moves it into place: the target is either untouched or
     * whole, and an existing one is replaced only when {@code force} is set.
     */
    public static void writeFile(Path target, String text, boolean force) throws ExportException {
        try (AtomicTarget out = AtomicTarget.open(target, force)) {
            writeText(out, text, target);
            out.commit();
        }
    }

    /** Makes {@code dir} unless it is there; true when it was made. */
    private static boolean makeDirectory(Path dir) throws ExportException {
        if (Files.isDirectory(dir)) {
            return false;
        }
        try {
            Files.createDirectory(dir);
            return true;
        } catch (IOException e) {
            throw new ExportException(dir + ": cannot create the directory: " + AtomicTarget.reason(e), false, e);
        }
    }

    private static AtomicTarget open(List<AtomicTarget> pending, Path file, boolean force) throws ExportException {
        AtomicTarget t = AtomicTarget.open(file, force);
        pending.add(t);
        return t;
    }

    /** Samples {@code [from, to)} of the session as one file; the file is sealed, not committed. */
    private static void writeAudio(Format format, TimelineAudio session, long from, long to, Id3Tag tag,
                                   AtomicTarget target, LongConsumer progress, Path file) throws ExportException {
        try {
            OutputStream buffered = new BufferedOutputStream(target.stream(), 1 << 16);
            switch (format) {
                case WAV -> {
                    try (WavSink sink = new WavSink(buffered, to - from, session.timeline().rate())) {
                        session.render(from, to, sink, progress);
                    }
                }
                case MP3 -> {
                    byte[] id3 = tag.toBytes();
                    buffered.write(id3);
                    Mp3Sink sink = new Mp3Sink(buffered, session.timeline().rate());
                    try (sink) {
                        session.render(from, to, sink, progress);
                    }
                    target.writeAt(id3.length, sink.infoFrame());
                }
            }
        } catch (IOException e) {
            throw new ExportException(file + ": write failed: " + AtomicTarget.reason(e), false, e);
        }
        target.seal();
    }

    private static void writeText(AtomicTarget target, String text, Path file) throws ExportException {
        try {
            target.stream().write(text.getBytes(StandardCharsets.UTF_8));
            target.stream().flush();
        } catch (IOException e) {
            throw new ExportException(file + ": write failed: " + AtomicTarget.reason(e), false, e);
        }
        target.seal();
    }

    private static List<Path> trackPaths(Request request, List<Part> parts, Format format) {
        int last = parts.get(parts.size() - 1).number();
        int digits = Math.max(2, Integer.toString(last).length());
        return parts.stream().map(p -> request.split().resolve(p.fileName(digits, format))).toList();
    }

    /** {@code DIR/NAME.m3u} for {@code -o NAME.ext}. */
    private static Path playlistPath(Request request) {
        String name = request.audio().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return request.split().resolve(stem + ".m3u");
    }
}
