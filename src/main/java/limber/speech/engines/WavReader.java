package limber.speech.engines;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import limber.audio.Clip;

/**
 * Reads the 16-bit mono PCM WAV an engine wrote, walking its chunks. The sizes in the RIFF
 * header and of the {@code data} chunk are not trusted: RHVoice streams with 0x7fffffff in both,
 * so the samples run to the end of the file (or of the declared chunk, when it is shorter).
 */
final class WavReader {
    /** The samples and the rate the file declares. */
    record Pcm(int rate, Clip clip) {
    }

    private WavReader() {
    }

    /** @throws IOException naming what is wrong when {@code bytes} is no 16-bit mono PCM WAV */
    static Pcm read(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !tag(b, 0).equals("RIFF") || !tag(b, 8).equals("WAVE")) {
            throw new IOException("not a WAV file (" + bytes.length + " bytes)");
        }
        int rate = -1;
        int at = 12;
        while (at + 8 <= bytes.length) {
            String id = tag(b, at);
            long size = Integer.toUnsignedLong(b.getInt(at + 4));
            int body = at + 8;
            if (id.equals("fmt ")) {
                if (size < 16 || body + 16 > bytes.length) {
                    throw new IOException("WAV format chunk is too short");
                }
                int format = Short.toUnsignedInt(b.getShort(body));
                int channels = b.getShort(body + 2);
                int bits = b.getShort(body + 14);
                // 0xFFFE (extensible) carries PCM too; its subformat is checked by bits alone here
                if ((format != 1 && format != 0xFFFE) || channels != 1 || bits != 16) {
                    throw new IOException("WAV is format " + format + ", " + channels + " channels, " + bits
                            + " bits; expected 16-bit mono PCM");
                }
                rate = b.getInt(body + 4);
            } else if (id.equals("data")) {
                if (rate <= 0) {
                    throw new IOException("WAV data comes before its format");
                }
                long end = Math.min(bytes.length, body + size);
                int count = (int) ((end - body) / 2);
                short[] samples = new short[count];
                b.position(body);
                b.asShortBuffer().get(samples);
                return new Pcm(rate, Clip.of(samples));
            }
            at = (int) Math.min(bytes.length, body + size + (size & 1));
        }
        throw new IOException("WAV has no " + (rate <= 0 ? "format" : "data") + " chunk");
    }

    private static String tag(ByteBuffer b, int at) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            c[i] = (char) (b.get(at + i) & 0xff);
        }
        return new String(c);
    }
}
