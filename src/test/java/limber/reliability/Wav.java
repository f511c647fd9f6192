package limber.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import limber.audio.TimelineAudio;
import limber.audio.WavSink;

/** What a whole export is: the bytes a render of its session makes, compared by digest. */
final class Wav {
    private Wav() {
    }

    /** SHA-256 of the WAV file {@code session} renders to, made in memory. */
    static String expectedDigest(TimelineAudio session) throws IOException {
        MessageDigest sha = sha256();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha);
             WavSink sink = new WavSink(new java.io.BufferedOutputStream(out, 1 << 16), session.length(), 16_000)) {
            session.render(0, session.length(), sink, samples -> { });
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String digest(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The RIFF and data sizes in the header agree with the file's size and {@code samples}. */
    static void assertHeaderMatches(Path wav, long samples) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(wav)) {
            head = in.readNBytes(44);
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(44 + 2 * samples, Files.size(wav), wav + " size");
        assertEquals(36 + 2 * samples, b.getInt(4) & 0xFFFF_FFFFL, wav + " RIFF size");
        assertEquals(2 * samples, b.getInt(40) & 0xFFFF_FFFFL, wav + " data size");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
