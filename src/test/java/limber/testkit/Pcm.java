package limber.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import limber.audio.WavSink;

/**
 * 16 kHz mono 16-bit PCM for the tests: the one WAV reader (it walks the chunks, so a header
 * longer than 44 bytes or a LIST chunk before the data is read right), raw captures, silence,
 * mixing, levels, and finding one signal inside another.
 */
public final class Pcm {
    public static final int RATE = 16_000;

    private Pcm() {
    }

    /** The samples of a 16-bit mono 16 kHz WAV file; any other format is an error naming the file. */
    public static short[] read(Path file) throws IOException {
        return read(file, RATE);
    }

    /** The samples of a 16-bit mono WAV file at {@code rate} (a voice's own: 16,000, 22,050, 24,000). */
    public static short[] read(Path file, int want) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length < 12 || !tag(b, 0, "RIFF") || !tag(b, 8, "WAVE")) {
            throw new IOException(file + ": not a RIFF/WAVE file");
        }
        boolean format = false;
        for (int i = 12; i + 8 <= b.length; ) {
            long len = le32(b, i + 4);
            if (tag(b, i, "fmt ")) {
                int channels = le16(b, i + 10);
                long rate = le32(b, i + 12);
                int bits = le16(b, i + 22);
                if (le16(b, i + 8) != 1 || channels != 1 || rate != want || bits != 16) {
                    throw new IOException(file + ": want " + want + " Hz 16-bit mono PCM, got " + rate + " Hz " + bits
                            + "-bit " + channels + " ch, format " + le16(b, i + 8));
                }
                format = true;
            } else if (tag(b, i, "data")) {
                if (!format) {
                    throw new IOException(file + ": data chunk before the fmt chunk");
                }
                // a streaming writer may declare more than it wrote (RHVoice's -o -: 0x7fffffff)
                long n = Math.min(len, b.length - i - 8);
                return samples(b, i + 8, (int) (n / 2));
            }
            i += 8 + len + (len & 1);
        }
        throw new IOException(file + ": no data chunk");
    }

    /** Raw little-endian 16-bit samples, no header (what parec --raw writes). */
    public static short[] readRaw(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        return samples(b, 0, b.length / 2);
    }

    /** Writes {@code pcm} as a WAV file, replacing it, through the product's own {@link WavSink}. */
    public static void write(Path file, short[] pcm) throws IOException {
        write(file, pcm, 16_000);
    }

    /** As {@link #write(Path, short[])}, at {@code rate} samples a second. */
    public static void write(Path file, short[] pcm, int rate) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             WavSink sink = new WavSink(out, pcm.length, rate)) {
            sink.write(pcm, 0, pcm.length);
        }
    }

    public static short[] silence(double seconds) {
        return new short[(int) Math.round(seconds * RATE)];
    }

    public static short[] concat(List<short[]> parts) {
        int n = 0;
        for (short[] p : parts) {
            n += p.length;
        }
        short[] all = new short[n];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    public static short[] concat(short[]... parts) {
        return concat(Arrays.asList(parts));
    }

    /** {@code speech} with {@code noise} (looped) added at {@code snrDb} below the speech's active level. */
    public static short[] mix(short[] speech, short[] noise, double snrDb) {
        double gain = Math.pow(10, (activeDb(speech) - snrDb - rmsDb(noise)) / 20);
        short[] out = new short[speech.length];
        for (int i = 0; i < out.length; i++) {
            double v = speech[i] + gain * noise[i % noise.length];
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
        }
        return out;
    }

    /** Level of the loudest half of the 10 ms frames, dBFS: speech without its pauses. */
    public static double activeDb(short[] pcm) {
        int frames = pcm.length / 160;
        double[] e = new double[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = 0; i < 160; i++) {
                double v = pcm[f * 160 + i];
                sum += v * v;
            }
            e[f] = sum / 160;
        }
        Arrays.sort(e);
        double sum = 0;
        for (int f = frames / 2; f < frames; f++) {
            sum += e[f];
        }
        return 10 * Math.log10(Math.max(1e-9, sum / Math.max(1, frames - frames / 2)) / (32768.0 * 32768.0));
    }

    public static double rmsDb(short[] pcm) {
        double sum = 0;
        for (short v : pcm) {
            sum += (double) v * v;
        }
        return 10 * Math.log10(Math.max(1e-9, sum / Math.max(1, pcm.length)) / (32768.0 * 32768.0));
    }

    /** Root mean square of {@code s[from, to)}. */
    public static double rms(short[] s, int from, int to) {
        double e = 0;
        for (int i = from; i < to; i++) {
            e += (double) s[i] * s[i];
        }
        return Math.sqrt(e / Math.max(1, to - from));
    }

    /** Faint white noise, so a file is never digital silence (a microphone never is). */
    public static short[] hiss(double seconds, long seed) {
        Random r = new Random(seed);
        short[] s = silence(seconds);
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(r.nextGaussian() * 3);
        }
        return s;
    }

    /** First index at or after {@code from} whose absolute value exceeds {@code threshold}, or -1. */
    public static int onset(short[] s, int from, int threshold) {
        for (int i = Math.max(0, from); i < s.length; i++) {
            if (Math.abs(s[i]) > threshold) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last sample louder than {@code threshold}, or -1. */
    public static int lastLoud(short[] pcm, int threshold) {
        for (int i = pcm.length - 1; i >= 0; i--) {
            if (Math.abs(pcm[i]) > threshold) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The lag in [{@code lo}, {@code hi}] at which {@code ref[from, from+len)} best matches
     * {@code sig[from+lag, ...)}, by normalized cross-correlation; {@code [lag, correlation]}.
     */
    public static double[] bestLag(short[] ref, int from, int len, short[] sig, int lo, int hi) {
        double refEnergy = 0;
        for (int i = 0; i < len; i++) {
            refEnergy += (double) ref[from + i] * ref[from + i];
        }
        double best = -2;
        int bestLag = lo;
        for (int lag = lo; lag <= hi; lag++) {
            int start = from + lag;
            if (start < 0 || start + len > sig.length) {
                continue;
            }
            double dot = 0;
            double e = 0;
            for (int i = 0; i < len; i++) {
                double x = sig[start + i];
                dot += ref[from + i] * x;
                e += x * x;
            }
            double c = e == 0 || refEnergy == 0 ? 0 : dot / Math.sqrt(refEnergy * e);
            if (c > best) {
                best = c;
                bestLag = lag;
            }
        }
        return new double[] {bestLag, best};
    }

    private static short[] samples(byte[] b, int at, int n) {
        short[] s = new short[n];
        ByteBuffer.wrap(b, at, 2 * n).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return s;
    }

    private static boolean tag(byte[] b, int at, String t) {
        for (int i = 0; i < 4; i++) {
            if (b[at + i] != t.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 255) | (b[at + 1] & 255) << 8;
    }

    private static long le32(byte[] b, int at) {
        return (le16(b, at) | (long) le16(b, at + 2) << 16);
    }
}
