package limber.mix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
 * file is a {@link MusicException} there. That pass writes what it decodes (mono, at the
 * session's rate, 4 bytes a sample: 5.5 MB for a 1-minute file at 24 kHz) to a temporary file,
 * deleted from its folder as soon as it is made (nothing is left behind even by a kill), which
 * the reads then stream from: memory stays flat whatever the lengths, and a loop costs a read
 * from disk, not a decode. The music file itself is closed after that pass, so renaming or
 * deleting it meanwhile does no harm.
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

    private static final int BLOCK = 4096;

    private final FileChannel decoded; // the first pass's samples, float32 little-endian
    private final Decoded owned; // closed with this music, when it was opened for it alone
    private final ByteBuffer io = ByteBuffer.allocate(BLOCK * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private final long length;
    private final long fileSamples;
    private final boolean looped;
    private final long crossfade;
    private final long period; // a copy starts every period samples
    private final long fadeIn;
    private final long fadeOut;
    private final float[] tail = new float[BLOCK];
    private final float[] head = new float[BLOCK];

    private Music(Decoded d, long length, boolean owns) {
        int rate = d.rate;
        long fileSamples = d.samples;
        this.decoded = d.channel;
        this.owned = owns ? d : null;
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
        if (sessionSamples < 0) {
            throw new IllegalArgumentException(sessionSamples + " samples");
        }
        return new Music(decode(file, rate, listener), sessionSamples, true);
    }

    /**
     * Decodes {@code file} once at {@code rate} Hz, start to end, for {@link Decoded#forSession}
     * to make music of any length from without decoding it again; {@code listener} (may be null)
     * sees every sample. Throws as {@link #open(Path, int, long, SampleListener)} does.
     */
    public static Decoded decode(Path file, int rate, SampleListener listener) throws MusicException {
        if (rate < 1000) {
            throw new IllegalArgumentException("rate " + rate + " Hz");
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
            FileChannel decoded = temporary(name);
            try {
                long samples = 0;
                float[] block = new float[BLOCK];
                ByteBuffer bytes = ByteBuffer.allocate(BLOCK * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                try (Stream s = new Stream(name, channel, format, rate)) {
                    int n;
                    while ((n = s.read(block, 0, BLOCK)) >= 0) {
                        bytes.clear();
                        bytes.asFloatBuffer().put(block, 0, n);
                        bytes.limit(n * Float.BYTES);
                        while (bytes.hasRemaining()) {
                            decoded.write(bytes);
                        }
                        samples += n;
                        if (listener != null && n > 0) {
                            listener.samples(block, 0, n);
                        }
                    }
                } catch (IOException e) {
                    throw new MusicException(name, "cannot keep its decoded samples: " + e.getMessage());
                }
                if (samples == 0) {
                    throw new MusicException(name, "no samples in it: the " + format.label + " holds no sound");
                }
                Decoded music = new Decoded(decoded, rate, samples);
                decoded = null; // the music owns it now
                return music;
            } finally {
                if (decoded != null) {
                    closeQuietly(decoded);
                }
            }
        } finally {
            closeQuietly(channel); // all it holds is in the decoded samples now
        }
    }

    /** A temporary file for the decoded samples, already gone from its folder: closing it frees it. */
    private static FileChannel temporary(String name) throws MusicException {
        Path path = null;
        try {
            path = Files.createTempFile("limber-music-", ".f32");
            FileChannel c = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Files.delete(path);
            return c;
        } catch (IOException | SecurityException e) {
            try {
                if (path != null) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException ignored) {
                // it could not be made, or is already gone
            }
            throw new MusicException(name, "cannot make a temporary file for its decoded samples: " + e.getMessage());
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
     * Any position is as cheap as any other (the decoded samples are read from disk). Throws
     * {@link UncheckedIOException} only when the temporary file cannot be read back.
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
                file(t, buf, off + done, chunk);
            } else {
                long copy = t / period;
                long at = t - copy * period;
                if (copy > 0 && at < crossfade) {
                    chunk = (int) Math.min(chunk, crossfade - at);
                    file(at + period, tail, 0, chunk);
                    file(at, head, 0, chunk);
                    for (int i = 0; i < chunk; i++) {
                        double theta = Math.PI / 2 * (at + i + 0.5) / crossfade;
                        buf[off + done + i] = (float) (tail[i] * Math.cos(theta) + head[i] * Math.sin(theta));
                    }
                } else {
                    chunk = (int) Math.min(chunk, period - at);
                    file(at, buf, off + done, chunk);
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

    /** The file's decoded samples {@code [at, at + len)} into {@code out}; {@code len} is at most a block. */
    private void file(long at, float[] out, int off, int len) {
        io.clear().limit(len * Float.BYTES);
        try {
            while (io.hasRemaining()) {
                if (decoded.read(io, at * Float.BYTES + io.position()) < 0) {
                    throw changed();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        io.flip();
        io.asFloatBuffer().get(out, off, len);
    }

    private UncheckedIOException changed() {
        return new UncheckedIOException(new IOException("the music's decoded samples ended before "
                + fileSamples + " samples"));
    }

    /** Frees the decoded samples, when this music was {@linkplain #open opened} (not made from {@link Decoded}). */
    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }

    /**
     * A music file decoded once at a session's rate (in a temporary file, see {@link Music}):
     * music for sessions of any length, each with its own fades and seams, read independently
     * (several threads may each read their own). Closing it frees the samples of them all.
     */
    public static final class Decoded implements AutoCloseable {
        private final FileChannel channel;
        private final int rate;
        private final long samples;

        private Decoded(FileChannel channel, int rate, long samples) {
            this.channel = channel;
            this.rate = rate;
            this.samples = samples;
        }

        /** The session's rate it was decoded at. */
        public int rate() {
            return rate;
        }

        /** Music for a session of {@code sessionSamples} samples at {@link #rate}. */
        public Music forSession(long sessionSamples) {
            if (sessionSamples < 0) {
                throw new IllegalArgumentException(sessionSamples + " samples");
            }
            return new Music(this, sessionSamples, false);
        }

        @Override
        public void close() {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it: nothing is lost
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

        /** A pass at {@code rate}. */
        Stream(String name, FileChannel channel, Format format, int rate) throws MusicException {
            this.name = name;
            this.format = format;
            this.in = new FileInput(channel);
            Decoder d;
            try {
                d = format.open(name, in);
            } catch (RuntimeException e) {
                throw corrupt();
            }
            this.decoder = d.rate() == rate ? d : new Resampler(d, new Resampler.Kernel(d.rate(), rate));
        }

        int read(float[] buf, int off, int len) throws MusicException {
            if (len == 0) {
                return 0; // a decoder is never asked for none
            }
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
