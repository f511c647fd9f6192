package limber.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** PCM arithmetic for the tests: reading files, finding one signal inside another. */
final class Pcm {
    private Pcm() {
    }

    static short[] readRaw(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        short[] s = new short[b.length / 2];
        ByteBuffer.wrap(b, 0, s.length * 2).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return s;
    }

    static short[] readWav(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        short[] s = new short[(b.length - 44) / 2];
        ByteBuffer.wrap(b, 44, s.length * 2).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return s;
    }

    /** First index whose absolute value exceeds {@code threshold}, or -1. */
    static int onset(short[] s, int from, int threshold) {
        for (int i = Math.max(0, from); i < s.length; i++) {
            if (Math.abs(s[i]) > threshold) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The lag in [{@code lo}, {@code hi}] at which {@code ref[from, from+len)} best matches
     * {@code sig[from+lag, ...)}, by normalized cross-correlation; {@code [lag, correlation]}.
     */
    static double[] bestLag(short[] ref, int from, int len, short[] sig, int lo, int hi) {
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

    /** Root mean square of {@code s[from, to)}. */
    static double rms(short[] s, int from, int to) {
        double e = 0;
        for (int i = from; i < to; i++) {
            e += (double) s[i] * s[i];
        }
        return Math.sqrt(e / Math.max(1, to - from));
    }
}
