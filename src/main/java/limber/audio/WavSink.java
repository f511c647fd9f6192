package limber.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;

/**
 * Writes 16-bit mono PCM at the session's rate as a RIFF/WAVE stream whose length is declared up front, so the
 * header is written first and nothing is ever sought back. {@link #close()} fails when fewer or
 * more samples arrived than declared: a short file is never passed off as whole.
 */
public final class WavSink implements Sink {
    private final OutputStream out;
    private final long declared;
    private long written;
    private ByteBuffer bytes = ByteBuffer.allocate(0);
    private ShortBuffer view = bytes.asShortBuffer();

    public WavSink(OutputStream out, long samples, int rate) throws IOException {
        if (samples * 2 > 0xFFFF_FFFFL - 36) {
            throw new IOException("session too long for a WAV file: " + samples + " samples");
        }
        this.out = out;
        this.declared = samples;
        out.write(header(samples, rate));
    }

    /** The 44-byte canonical header for {@code samples} mono 16-bit samples at {@code rate} Hz. */
    public static byte[] header(long samples, int rate) {
        long dataBytes = samples * 2;
        byte[] h = new byte[44];
        ascii(h, 0, "RIFF");
        le32(h, 4, 36 + dataBytes);
        ascii(h, 8, "WAVE");
        ascii(h, 12, "fmt ");
        le32(h, 16, 16);
        le16(h, 20, 1);                      // PCM
        le16(h, 22, 1);                      // mono
        le32(h, 24, rate);
        le32(h, 28, rate * 2L);              // byte rate
        le16(h, 32, 2);                      // block align
        le16(h, 34, 16);                     // bits per sample
        ascii(h, 36, "data");
        le32(h, 40, dataBytes);
        return h;
    }

    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        if (written + length > declared) {
            throw new IOException("more samples than the declared " + declared);
        }
        if (bytes.capacity() < length * 2) {
            bytes = ByteBuffer.allocate(length * 2).order(ByteOrder.LITTLE_ENDIAN);
            view = bytes.asShortBuffer();
        }
        // A bulk copy through a little-endian view (made once, not a chunk): one memory copy on
        // most machines, where a loop over the samples ran interpreted for much of a short export.
        view.clear();
        view.put(samples, offset, length);
        out.write(bytes.array(), 0, length * 2);
        written += length;
    }

    /** Flushes the stream (its owner closes it) and checks the declared length was written. */
    @Override
    public void close() throws IOException {
        out.flush();
        if (written != declared) {
            throw new IOException("WAV ended after " + written + " of " + declared + " samples");
        }
    }

    private static void ascii(byte[] h, int at, String s) {
        for (int i = 0; i < 4; i++) {
            h[at + i] = (byte) s.charAt(i);
        }
    }

    private static void le16(byte[] h, int at, int v) {
        h[at] = (byte) v;
        h[at + 1] = (byte) (v >> 8);
    }

    private static void le32(byte[] h, int at, long v) {
        for (int i = 0; i < 4; i++) {
            h[at + i] = (byte) (v >> (8 * i));
        }
    }
}
