package limber.mix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import limber.testkit.Tools;

/**
 * Music made for the tests: tones and noise written as WAV in Java, then encoded by ffmpeg to
 * each format Limber reads (ffmpeg is the tests' tool only; Limber decodes in Java).
 */
public final class MusicFiles {
    /** The tone every file carries, Hz, and its amplitude in each channel. */
    static final double TONE = 440;
    static final double AMPLITUDE = 0.5;
    /** Each made file lasts this long. */
    static final int SECONDS = 10;

    private MusicFiles() {
    }

    /** A 16-bit WAV of {@code seconds} of {@code hz} at {@code AMPLITUDE} in every channel (the right one inverted when {@code antiphase}). */
    public static Path tone(Path file, int rate, int channels, double hz, double seconds, boolean antiphase) throws IOException {
        int n = (int) Math.round(seconds * rate);
        short[] pcm = new short[n * channels];
        for (int i = 0; i < n; i++) {
            double v = AMPLITUDE * Math.sin(2 * Math.PI * hz * i / rate);
            for (int c = 0; c < channels; c++) {
                pcm[i * channels + c] = (short) Math.round((antiphase && c == 1 ? -v : v) * 32767);
            }
        }
        return wav(file, rate, channels, pcm);
    }

    /** A 16-bit mono WAV of white noise at -12 dBFS RMS. */
    public static Path noise(Path file, int rate, double seconds, long seed) throws IOException {
        Random r = new Random(seed);
        short[] pcm = new short[(int) Math.round(seconds * rate)];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) Math.max(-32768, Math.min(32767, Math.round(r.nextGaussian() * 0.25 * 32767)));
        }
        return wav(file, rate, 1, pcm);
    }

    static Path wav(Path file, int rate, int channels, short[] pcm) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * pcm.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * pcm.length);
        for (short s : pcm) {
            b.putShort(s);
        }
        Files.write(file, b.array());
        return file;
    }

    /** {@code source} encoded by ffmpeg with {@code options} (codec, rate, channels) into {@code target}. */
    public static Path encode(Path source, Path target, String... options) throws IOException {
        Tools.require("ffmpeg");
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y", "-i", source.toString()));
        command.addAll(List.of(options));
        command.add(target.toString());
        Path err = Files.createTempFile("ffmpeg", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(err.toFile()).start();
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + ": " + Files.readString(err));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(err);
        }
        return target;
    }

    /** Every sample of the session, read in blocks of {@code block} from the start. */
    static float[] readAll(Music m, int block) {
        float[] all = new float[Math.toIntExact(m.length())];
        for (int at = 0; at < all.length; ) {
            int n = m.read(at, all, at, Math.min(block, all.length - at));
            if (n <= 0) {
                throw new AssertionError("read returned " + n + " at " + at + " of " + all.length);
            }
            at += n;
        }
        return all;
    }

    /** Upward zero crossings per second in {@code s[from, to)}. */
    static double frequency(float[] s, int from, int to, int rate) {
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = from + 1; i < to; i++) {
            if (s[i - 1] < 0 && s[i] >= 0) {
                if (first < 0) {
                    first = i;
                } else {
                    count++;
                }
                last = i;
            }
        }
        return count * (double) rate / (last - first);
    }

    static double rms(float[] s, int from, int to) {
        double e = 0;
        for (int i = from; i < to; i++) {
            e += (double) s[i] * s[i];
        }
        return Math.sqrt(e / Math.max(1, to - from));
    }

    static double maxStep(float[] s, int from, int to) {
        double max = 0;
        for (int i = Math.max(1, from); i < to; i++) {
            max = Math.max(max, Math.abs(s[i] - s[i - 1]));
        }
        return max;
    }
}
