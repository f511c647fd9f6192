package limber.mix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The user's music file as a session's bed: exactly {@link #length()} mono samples at the
 * session's rate, at the file's own level, in [-1, 1]. The file is decoded in Java (WAV, FLAC,
 * MP3 or Ogg Vorbis, told apart by content), mixed to mono, resampled ({@link Resampler}),
 * looped with an equal-power crossfade of {@link #CROSSFADE_SECONDS} when it is shorter than
 * the session, faded in over the first {@link #FADE_IN_SECONDS} and out over the last {@link
 * #FADE_OUT_SECONDS} of the session.
 *
 * <pre>{@code
 * try (Music m = Music.open(Path.of("rain.flac"), 22050, sessionSamples)) {
 *     int n = m.read(position, buf, 0, buf.length); // sequential reads are cheap
 * }
 * }</pre>
 *
 * <p>{@link #open} decodes the whole file once, to learn its length (which places the
 * crossfades) and to find damage before anything is written or played: every problem with the
 * file is a {@link MusicException} there. Memory stays flat whatever the lengths: nothing
 * decoded is kept beyond a few blocks; the file is streamed again from its start for each loop
 * (and for a seek backwards), by at most two decoders at once (the two sides of a crossfade);
 * only a file of at most {@link #KEEP_SECONDS} is kept decoded.
 * The file stays open until {@link #close}, so renaming or deleting it meanwhile does no harm.
 *
 * <p>Deterministic: the same file, rate and length give the same samples in every run and for
 * every order of reads. Not thread-safe: one thread reads at a time.
 */
public final class Music implements AutoCloseable {
    /**
     * Copies of a file shorter than the session overlap by 3 s (or half the file, if shorter),
     * cos/sin weighted so that the level holds across the seam: long enough that a beat that
     * does not line up blurs instead of stumbling.
     */
    public static final double CROSSFADE_SECONDS = 3;
    /** The session starts from silence: 3 s, raised-cosine, under the title. */
    public static final double FADE_IN_SECONDS = 3;
    /** And ends in silence: 5 s, raised-cosine, a slower close than the start. */
    public static final double FADE_OUT_SECONDS = 5;

    /**
     * A file at most this long (at most 480 KB of samples at 24 kHz) is kept decoded after the
     * first pass: a short loop would otherwise reopen its decoder every few blocks.
     */
    static final double KEEP_SECONDS = 5;

    private static final int BLOCK = 4096;

    private final String name;
    private final FileChannel channel;
    private final Format format;
    private final int rate;
    private final long length;
    private final long fileSamples;
    private final boolean looped;
    private final long crossfade;
    private final long period; // a copy starts every period samples
    private final long fadeIn;
    private final long fadeOut;
    private final Resampler.Kernel kernel; // the first pass's, for the passes after it
    private final float[] kept; // the whole file when it is short, else null
    private final Cursor[] cursors = new Cursor[2];
    private final float[] tail = new float[BLOCK];
    private final float[] head = new float[BLOCK];
    private final float[] scratch = new float[BLOCK];
    private long uses; // orders the cursors' last use

    private Music(String name, FileChannel channel, Format format, int rate, long length, long fileSamples,
            Resampler.Kernel kernel, float[] kept) {
        this.kernel = kernel;
        this.kept = kept;
        this.name = name;
        this.channel = channel;
        this.format = format;
        this.rate = rate;
        this.length = length;
        this.fileSamples = fileSamples;
        this.looped = length > fileSamples;
        this.crossfade = looped ? Math.min(Math.round(CROSSFADE_SECONDS * rate), fileSamples / 2) : 0;
        this.period = fileSamples - crossfade;
        this.fadeIn = Math.min(Math.round(FADE_IN_SECONDS * rate), length / 2);
        this.fadeOut = Math.min(Math.round(FADE_OUT_SECONDS * rate), length - fadeIn);
    }

    /** {@link #open(Path, int, long, SampleListener)} without a listener. */
    public static Music open(Path file, int rate, long sessionSamples) throws MusicException {
        return open(file, rate, sessionSamples, null);
    }

    /**
     * Opens {@code file} as music for a session of {@code sessionSamples} samples at {@code
     * rate} Hz, decoding it once, start to end; {@code listener} (may be null) sees every sample
     * of that pass. Throws for a file that is missing, unreadable, of another format, corrupt,
     * truncated or without samples, with the one line to show the user.
     */
    public static Music open(Path file, int rate, long sessionSamples, SampleListener listener) throws MusicException {
        if (rate < 1000 || sessionSamples < 0) {
            throw new IllegalArgumentException("rate " + rate + " Hz, " + sessionSamples + " samples");
        }
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new MusicException(name, "cannot read: it is a folder, not a file");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new MusicException(name, "cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new MusicException(name, "cannot read: permission denied");
        } catch (IOException | SecurityException e) {
            throw new MusicException(name, "cannot read: " + e.getMessage());
        }
        try {
            Format format;
            try {
                if (!Files.isRegularFile(file)) {
                    throw new MusicException(name, "cannot read: not a regular file");
                }
                if (channel.size() == 0) {
                    throw new MusicException(name, "the file is empty");
                }
                format = Format.detect(channel);
            } catch (IOException e) {
                throw new MusicException(name, "cannot read: " + e.getMessage());
            }
            if (format == null) {
                throw new MusicException(name, "not a format Limber can read");
            }
            long samples = 0;
            float[] block = new float[BLOCK];
            long keepLimit = Math.round(KEEP_SECONDS * rate);
            float[] kept = new float[BLOCK];
            Resampler.Kernel kernel;
            try (Stream s = new Stream(name, channel, format, rate, null)) {
                kernel = s.kernel;
                int n;
                while ((n = s.read(block, 0, BLOCK)) >= 0) {
                    if (kept != null && samples + n > keepLimit) {
                        kept = null;
                    } else if (kept != null) {
                        if (samples + n > kept.length) {
                            kept = java.util.Arrays.copyOf(kept, (int) Math.min(keepLimit, 2L * kept.length + n));
                        }
                        System.arraycopy(block, 0, kept, (int) samples, n);
                    }
                    samples += n;
                    if (listener != null && n > 0) {
                        listener.samples(block, 0, n);
                    }
                }
            }
            if (samples == 0) {
                throw new MusicException(name, "no samples in it: the " + format.label + " holds no sound");
            }
            Music music = new Music(name, channel, format, rate, sessionSamples, samples, kernel,
                    kept == null ? null : java.util.Arrays.copyOf(kept, (int) samples));
            channel = null; // the music owns it now
            return music;
        } finally {
            if (channel != null) {
                closeQuietly(channel);
            }
        }
    }

    /** The session's length in samples: what {@code open} was given. */
    public long length() {
        return length;
    }

    /** The file's length in samples at the session's rate, as decoded by {@code open}. */
    long fileSamples() {
        return fileSamples;
    }

    /**
     * Writes the music's samples from {@code position} into {@code buf[off...]}: {@code len}
     * of them, or fewer where the session ends; returns how many (0 at or after the end).
     * Reading on from where the last read ended is cheap; any other position is allowed (one
     * before it decodes the file again from its start). Throws {@link UncheckedIOException} only
     * when the file can no longer be read as {@code open} read it (changed on disk since).
     */
    public int read(long position, float[] buf, int off, int len) {
        if (position < 0 || len < 0 || off < 0 || off + len > buf.length) {
            throw new IndexOutOfBoundsException("position " + position + ", " + len + " samples at " + off
                    + " of " + buf.length);
        }
        int n = (int) Math.max(0, Math.min(len, length - position));
        int done = 0;
        while (done < n) {
            long t = position + done;
            int chunk = Math.min(n - done, BLOCK);
            if (!looped) {
                file(t, buf, off + done, chunk, null);
            } else {
                long copy = t / period;
                long at = t - copy * period;
                if (copy > 0 && at < crossfade) {
                    chunk = (int) Math.min(chunk, crossfade - at);
                    Cursor ending = file(at + period, tail, 0, chunk, null);
                    file(at, head, 0, chunk, ending);
                    for (int i = 0; i < chunk; i++) {
                        double theta = Math.PI / 2 * (at + i + 0.5) / crossfade;
                        buf[off + done + i] = (float) (tail[i] * Math.cos(theta) + head[i] * Math.sin(theta));
                    }
                } else {
                    chunk = (int) Math.min(chunk, period - at);
                    file(at, buf, off + done, chunk, null);
                }
            }
            done += chunk;
        }
        for (int i = 0; i < n; i++) {
            long t = position + i;
            double gain = 1;
            if (t < fadeIn) {
                double s = Math.sin(Math.PI / 2 * (t + 0.5) / fadeIn);
                gain = s * s;
            }
            long left = length - 1 - t;
            if (left < fadeOut) {
                double s = Math.sin(Math.PI / 2 * (left + 0.5) / fadeOut);
                gain *= s * s;
            }
            float v = gain == 1 ? buf[off + i] : (float) (buf[off + i] * gain);
            buf[off + i] = Math.max(-1f, Math.min(1f, v));
        }
        return n;
    }

    /** The file's samples {@code [at, at + len)} into {@code out}, by a cursor other than {@code not}; the cursor used. */
    private Cursor file(long at, float[] out, int off, int len, Cursor not) {
        if (kept != null) {
            System.arraycopy(kept, (int) at, out, off, len);
            return null;
        }
        Cursor c = cursor(at, not);
        try {
            while (c.at < at) {
                int r = c.stream.read(scratch, 0, (int) Math.min(BLOCK, at - c.at));
                if (r < 0) {
                    throw changed();
                }
                c.at += r;
            }
            int done = 0;
            while (done < len) {
                int r = c.stream.read(out, off + done, len - done);
                if (r < 0) {
                    throw changed();
                }
                done += r;
            }
            c.at += len;
        } catch (MusicException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        c.used = ++uses;
        return c;
    }

    /** The cursor to read from {@code at} with: the nearest one at or before it, else a new one from the file's start. */
    private Cursor cursor(long at, Cursor not) {
        Cursor best = null;
        for (Cursor c : cursors) {
            if (c != null && c != not && c.at <= at && (best == null || c.at > best.at)) {
                best = c;
            }
        }
        if (best != null) {
            return best;
        }
        int slot = -1; // an empty slot, else the least recently used cursor other than not
        for (int i = 0; i < cursors.length; i++) {
            Cursor c = cursors[i];
            if (c != null && c == not) {
                continue;
            }
            if (slot < 0 || cursors[slot] != null && (c == null || c.used < cursors[slot].used)) {
                slot = i;
            }
        }
        if (cursors[slot] != null) {
            cursors[slot].stream.close();
        }
        try {
            cursors[slot] = new Cursor(new Stream(name, channel, format, rate, kernel));
        } catch (MusicException e) {
            cursors[slot] = null;
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        return cursors[slot];
    }

    private UncheckedIOException changed() {
        return new UncheckedIOException(new IOException(name + ": the file changed since it was opened ("
                + fileSamples + " samples then)"));
    }

    @Override
    public void close() {
        for (int i = 0; i < cursors.length; i++) {
            if (cursors[i] != null) {
                cursors[i].stream.close();
                cursors[i] = null;
            }
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it: nothing is lost
        }
    }

    /** A stream of the file and how far into it (samples at the session's rate) it has read. */
    private static final class Cursor {
        final Stream stream;
        long at;
        long used;

        Cursor(Stream stream) {
            this.stream = stream;
        }
    }

    /**
     * One pass over the file at the session's rate: a format's decoder, resampled unless the
     * rates agree; any runtime exception of a decoder library is reported as corrupt data.
     */
    private static final class Stream implements AutoCloseable {
        private final String name;
        private final Format format;
        private final FileInput in;
        private final Decoder decoder;

        final Resampler.Kernel kernel; // null when the file is at the session's rate

        /** A pass at {@code rate}, with {@code kernel} when it fits (a previous pass's), else a new one. */
        Stream(String name, FileChannel channel, Format format, int rate, Resampler.Kernel kernel) throws MusicException {
            this.name = name;
            this.format = format;
            this.in = new FileInput(channel);
            Decoder d;
            try {
                d = format.open(name, in);
                if (d.rate() != rate && (kernel == null || kernel.in != d.rate())) {
                    kernel = new Resampler.Kernel(d.rate(), rate);
                }
            } catch (RuntimeException e) {
                throw corrupt();
            }
            this.kernel = d.rate() == rate ? null : kernel;
            this.decoder = d.rate() == rate ? d : new Resampler(d, kernel);
        }

        int read(float[] buf, int off, int len) throws MusicException {
            try {
                return decoder.read(buf, off, len);
            } catch (RuntimeException e) {
                throw corrupt();
            }
        }

        private MusicException corrupt() {
            return new MusicException(name, "corrupt " + format.label + " data at " + in.position() + " bytes");
        }

        @Override
        public void close() {
            try {
                decoder.close();
            } catch (RuntimeException e) {
                // a library failing to let go of its own buffers: the file is still ours to close
            }
        }
    }
}
