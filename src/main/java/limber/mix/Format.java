package limber.mix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The music formats Limber reads, told apart by their first bytes, never by the file's name. */
enum Format {
    WAV("WAV"), FLAC("FLAC"), MP3("MP3"), OGG_VORBIS("Ogg Vorbis");

    /** What the user's messages call it. */
    final String label;

    Format(String label) {
        this.label = label;
    }

    /** A new decoder at the file's first sample. */
    Decoder open(String name, FileInput in) throws MusicException {
        switch (this) {
            case WAV:
                return new WavDecoder(name, in);
            case FLAC:
                return new FlacDecoder(name, in);
            case MP3:
                return new Mp3Decoder(name, in);
            default:
                return new OggVorbisDecoder(name, in);
        }
    }

    /** The format of the file, or null when it is none of them. */
    static Format detect(FileChannel file) throws IOException {
        long at = id3v2Length(file);
        byte[] head = bytes(file, at, 64);
        if (at == 0 && is(head, 0, "RIFF") && is(head, 8, "WAVE")) {
            return WAV;
        }
        if (is(head, 0, "fLaC")) {
            return FLAC;
        }
        if (at == 0 && is(head, 0, "OggS") && head.length >= 28) {
            int data = 27 + (head[26] & 255);
            return is(head, data, "\u0001vorbis") ? OGG_VORBIS : null;
        }
        int length = mpegFrameLength(head, 0);
        if (length > 0) {
            // without a tag, a second frame header where the first frame ends: random bytes
            // that happen to start like a frame header are not taken for MP3
            return at > 0 || mpegFrameLength(bytes(file, length, 4), 0) > 0 ? MP3 : null;
        }
        return null;
    }

    /** The length of the ID3v2 tag at the file's start (which may lead MP3 and FLAC), or 0 when there is none. */
    static long id3v2Length(FileChannel file) throws IOException {
        byte[] head = bytes(file, 0, 10);
        if (head.length < 10 || !is(head, 0, "ID3")) {
            return 0;
        }
        // size: four 7-bit bytes, not counting the 10-byte header or the footer a flag announces
        return 10 + ((head[6] & 127L) << 21 | (head[7] & 127L) << 14 | (head[8] & 127L) << 7 | (head[9] & 127L))
                + ((head[5] & 0x10) != 0 ? 10 : 0);
    }

    private static final int[][] BITRATES = { // kbit/s by [version 1 or 2][layer 1..3 -> 0..2][index]
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
    };
    private static final int[] RATES = {44100, 48000, 32000};

    /** The length in bytes of the MPEG audio frame whose header is at {@code b[at]}, or 0 when none is there. */
    static int mpegFrameLength(byte[] b, int at) {
        if (b.length < at + 4 || (b[at] & 255) != 0xFF || (b[at + 1] & 0xE0) != 0xE0) {
            return 0;
        }
        int version = (b[at + 1] >> 3) & 3; // 3: MPEG 1, 2: MPEG 2, 0: MPEG 2.5
        int layer = 4 - ((b[at + 1] >> 1) & 3); // 1..3; 4 is reserved
        int bitrate = (b[at + 2] >> 4) & 15;
        int rate = (b[at + 2] >> 2) & 3;
        if (version == 1 || layer == 4 || bitrate == 0 || bitrate == 15 || rate == 3) {
            return 0; // reserved values, or free format (not worth guessing at)
        }
        boolean mpeg1 = version == 3;
        int kbps = BITRATES[(mpeg1 ? 0 : 3) + layer - 1][bitrate];
        int hz = RATES[rate] >> (mpeg1 ? 0 : version == 2 ? 1 : 2);
        int padding = (b[at + 2] >> 1) & 1;
        if (layer == 1) {
            return (12 * kbps * 1000 / hz + padding) * 4;
        }
        return (layer == 3 && !mpeg1 ? 72 : 144) * kbps * 1000 / hz + padding;
    }

    private static byte[] bytes(FileChannel file, long at, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining() && file.read(b, at + b.position()) > 0) {
            // positional reads until full or at the end
        }
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    private static boolean is(byte[] b, int at, String tag) {
        if (b.length < at + tag.length()) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            if ((b[at + i] & 255) != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
