package limber.listen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** 16 kHz mono PCM for tests: WAV files in and out, silence, mixing, levels. */
final class Pcm {
    static final int RATE = 16_000;

    private Pcm() {
    }

    /** Reads a 16-bit mono 16 kHz WAV (the data chunk, wherever it is). */
    static short[] read(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int channels = le16(b, 22);
        int rate = le32(b, 24);
        int bits = le16(b, 34);
        if (channels != 1 || rate != RATE || bits != 16) {
            throw new IOException(file + ": want 16 kHz 16-bit mono, got " + rate + " Hz " + bits + "-bit " + channels + " ch");
        }
        int i = 12;
        while (i + 8 <= b.length) {
            int len = le32(b, i + 4);
            if (b[i] == 'd' && b[i + 1] == 'a' && b[i + 2] == 't' && b[i + 3] == 'a') {
                int n = Math.min(len, b.length - i - 8) / 2;
                short[] s = new short[n];
                for (int k = 0; k < n; k++) {
                    s[k] = (short) ((b[i + 8 + 2 * k] & 255) | (b[i + 9 + 2 * k] << 8));
                }
                return s;
            }
            i += 8 + len + (len & 1);
        }
        throw new IOException(file + ": no data chunk");
    }

    static void write(Path file, short[] pcm) throws IOException {
        Wav.write(file, pcm);
    }

    static short[] silence(double seconds) {
        return new short[(int) Math.round(seconds * RATE)];
    }

    static short[] concat(List<short[]> parts) {
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

    /** {@code speech} with {@code noise} (looped) added at {@code snrDb} below the speech's active level. */
    static short[] mix(short[] speech, short[] noise, double snrDb) {
        double gain = Math.pow(10, (activeDb(speech) - snrDb - rmsDb(noise)) / 20);
        short[] out = new short[speech.length];
        for (int i = 0; i < out.length; i++) {
            double v = speech[i] + gain * noise[i % noise.length];
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
        }
        return out;
    }

    /** Level of the loudest half of the 10 ms frames, dBFS: speech without its pauses. */
    static double activeDb(short[] pcm) {
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
        java.util.Arrays.sort(e);
        double sum = 0;
        for (int f = frames / 2; f < frames; f++) {
            sum += e[f];
        }
        return 10 * Math.log10(Math.max(1e-9, sum / Math.max(1, frames - frames / 2)) / (32768.0 * 32768.0));
    }

    static double rmsDb(short[] pcm) {
        double sum = 0;
        for (short v : pcm) {
            sum += (double) v * v;
        }
        return 10 * Math.log10(Math.max(1e-9, sum / Math.max(1, pcm.length)) / (32768.0 * 32768.0));
    }

    /** Faint white noise, so a file is never digital silence (a microphone never is). */
    static short[] hiss(double seconds, long seed) {
        Random r = new Random(seed);
        short[] s = silence(seconds);
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(r.nextGaussian() * 3);
        }
        return s;
    }

    /** Index of the last sample louder than {@code threshold}, or -1. */
    static int lastLoud(short[] pcm, int threshold) {
        for (int i = pcm.length - 1; i >= 0; i--) {
            if (Math.abs(pcm[i]) > threshold) {
                return i;
            }
        }
        return -1;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 255) | (b[at + 1] & 255) << 8;
    }

    private static int le32(byte[] b, int at) {
        return le16(b, at) | le16(b, at + 2) << 16;
    }
}
