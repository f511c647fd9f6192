package limber.mix;

import java.io.IOException;

/**
 * RIFF/WAVE: integer PCM of 8 (unsigned), 16, 24 or 32 bits, or float of 32 or 64 bits (also
 * as WAVE_FORMAT_EXTENSIBLE), any rate, any number of channels (averaged to mono). A data
 * chunk that declares more than the file holds, or 0, or 0xFFFFFFFF, is read to the file's end
 * (streaming writers leave such lengths), and a partial last frame is dropped.
 */
final class WavDecoder implements Decoder {
    private static final int PCM = 1;
    private static final int FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;

    private final String name;
    private final FileInput in;
    private final int rate;
    private final int channels;
    private final int bytesPerSample;
    private final boolean floating;
    private long remaining; // bytes of the data chunk not yet read
    private final int frameBytes;
    private byte[] block = new byte[0];

    WavDecoder(String name, FileInput in) throws MusicException {
        this.name = name;
        this.in = in;
        try {
            byte[] riff = new byte[12];
            readFully(riff, "header");
            int format = -1;
            int ch = 0;
            int hz = 0;
            int bits = 0;
            while (true) {
                byte[] chunk = new byte[8];
                if (in.readNBytes(chunk, 0, 8) < 8) {
                    throw format < 0 ? corrupt("no fmt chunk") : new MusicException(name, "no samples in it: the WAV holds no sound");
                }
                long len = le32(chunk, 4);
                if (is(chunk, "fmt ")) {
                    if (len < 16 || len > 1024) {
                        throw corrupt("a fmt chunk of " + len + " bytes");
                    }
                    byte[] fmt = new byte[(int) len];
                    readFully(fmt, "fmt chunk");
                    format = le16(fmt, 0);
                    ch = le16(fmt, 2);
                    hz = (int) Math.min(Integer.MAX_VALUE, le32(fmt, 4));
                    bits = le16(fmt, 14);
                    if (format == EXTENSIBLE && len >= 26) {
                        format = le16(fmt, 24); // the sub-format GUID starts with the format tag
                    }
                    skip(len & 1);
                } else if (is(chunk, "data")) {
                    if (format < 0) {
                        throw corrupt("the data chunk comes before the fmt chunk");
                    }
                    // a writer that could not go back to fill in the length leaves 0 or all ones
                    remaining = len == 0 || len == 0xFFFFFFFFL ? Long.MAX_VALUE : len;
                    break;
                } else {
                    skip(len + (len & 1));
                }
            }
            boolean supported = format == PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32)
                    || format == FLOAT && (bits == 32 || bits == 64);
            if (!supported) {
                throw new MusicException(name, "not a format Limber can read: WAV with format tag " + format + " and "
                        + bits + "-bit samples (it reads PCM and float WAV)");
            }
            if (ch < 1 || ch > 64 || hz < 1000 || hz > 1_000_000) {
                throw corrupt(ch + " channels at " + hz + " Hz");
            }
            this.rate = hz;
            this.channels = ch;
            this.bytesPerSample = bits / 8;
            this.floating = format == FLOAT;
            this.frameBytes = ch * bytesPerSample;
        } catch (IOException e) {
            throw new MusicException(name, "cannot read: " + e.getMessage());
        }
    }

    @Override
    public int rate() {
        return rate;
    }

    @Override
    public int read(float[] buf, int off, int len) throws MusicException {
        long want = Math.min((long) len * frameBytes, remaining - remaining % frameBytes);
        if (want <= 0) {
            return -1;
        }
        if (block.length < want) {
            block = new byte[(int) Math.min(want, 1 << 16)];
        }
        int n;
        try {
            n = in.readNBytes(block, 0, (int) Math.min(want, block.length));
        } catch (IOException e) {
            throw new MusicException(name, "cannot read: " + e.getMessage());
        }
        int frames = n / frameBytes;
        if (frames == 0) {
            remaining = 0; // the file ends here, whatever the header said
            return -1;
        }
        remaining -= (long) frames * frameBytes;
        if (n % frameBytes != 0) {
            remaining = 0; // the partial frame was the file's last bytes
        }
        float scale = 1f / channels;
        for (int f = 0; f < frames; f++) {
            int at = f * frameBytes;
            float sum = 0;
            for (int c = 0; c < channels; c++, at += bytesPerSample) {
                sum += sample(block, at);
            }
            buf[off + f] = channels == 1 ? sum : sum * scale;
        }
        return frames;
    }

    private float sample(byte[] b, int at) {
        if (floating) {
            if (bytesPerSample == 4) {
                return clean(Float.intBitsToFloat((int) le32(b, at)));
            }
            long bits = le32(b, at) | le32(b, at + 4) << 32;
            return clean((float) Double.longBitsToDouble(bits));
        }
        switch (bytesPerSample) {
            case 1:
                return ((b[at] & 255) - 128) / 128f;
            case 2:
                return (short) le16(b, at) / 32768f;
            case 3:
                return ((b[at] & 255) | (b[at + 1] & 255) << 8 | b[at + 2] << 16) / 8388608f;
            default:
                return (float) ((int) le32(b, at) / 2147483648.0);
        }
    }

    /** Float WAV may hold anything: NaN or infinities become silence, the rest is kept in [-1, 1]. */
    private static float clean(float v) {
        return Float.isNaN(v) ? 0 : Math.max(-1f, Math.min(1f, v));
    }

    @Override
    public void close() {
        // the channel belongs to Music
    }

    private MusicException corrupt(String what) {
        return new MusicException(name, "corrupt WAV data at " + in.position() + " bytes: " + what);
    }

    private void readFully(byte[] b, String what) throws IOException, MusicException {
        if (in.readNBytes(b, 0, b.length) < b.length) {
            throw new MusicException(name, "truncated WAV: the file ends in its " + what);
        }
    }

    private void skip(long n) throws IOException {
        in.skip(n);
    }

    private static boolean is(byte[] b, String tag) {
        for (int i = 0; i < 4; i++) {
            if (b[i] != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 255) | (b[at + 1] & 255) << 8;
    }

    private static long le32(byte[] b, int at) {
        return le16(b, at) | (long) le16(b, at + 2) << 16;
    }
}
