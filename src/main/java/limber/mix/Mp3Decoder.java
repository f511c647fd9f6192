package limber.mix;

import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder.Params;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/**
 * MPEG audio (MP3, and layers I and II) through JLayer ({@code com.googlecode.soundlibs:jlayer},
 * LGPL 2.1). JLayer pads a frame cut short by the end of the file with zeros and says nothing,
 * and may resynchronize on garbage: here a frame that the file's end cut short is truncation,
 * and a frame whose rate or channel count differs from the first frame's is corruption.
 * The encoder's delay and padding (about 50 ms of silence in all) are kept, not trimmed.
 */
final class Mp3Decoder implements Decoder {
    private final String name;
    private final FileInput in;
    private final Bitstream bits;
    private final javazoom.jl.decoder.Decoder decoder;
    private final int rate;
    private final int channels;
    private Header pending; // the next frame's header, read but not decoded
    private short[] pcm = new short[0];
    private int pcmLength; // interleaved samples in pcm
    private int pcmAt;
    private boolean ended;
    private long frameEnd; // where the last frame read ends in the file, by the frame lengths its headers give

    Mp3Decoder(String name, FileInput in) throws MusicException {
        this.name = name;
        this.in = in;
        this.bits = new Bitstream(in);
        this.decoder = new javazoom.jl.decoder.Decoder(new Params());
        try {
            frameEnd = Format.id3v2Length(in.channel());
        } catch (java.io.IOException e) {
            throw new MusicException(name, "cannot read: " + e.getMessage());
        }
        pending = header();
        if (pending == null) {
            throw new MusicException(name, "no samples in it: the MP3 has no audio frames");
        }
        rate = pending.frequency();
        channels = pending.mode() == Header.SINGLE_CHANNEL ? 1 : 2;
    }

    @Override
    public int rate() {
        return rate;
    }

    @Override
    public int read(float[] buf, int off, int len) throws MusicException {
        while (pcmAt == pcmLength) {
            if (ended || !decodeFrame()) {
                ended = true;
                return -1;
            }
        }
        int n = Math.min(len, (pcmLength - pcmAt) / channels);
        if (channels == 1) {
            for (int i = 0; i < n; i++) {
                buf[off + i] = pcm[pcmAt++] / 32768f;
            }
        } else {
            for (int i = 0; i < n; i++, pcmAt += 2) {
                buf[off + i] = (pcm[pcmAt] + pcm[pcmAt + 1]) / 65536f;
            }
        }
        return n;
    }

    private boolean decodeFrame() throws MusicException {
        Header h = pending != null ? pending : header();
        pending = null;
        if (h == null) {
            return false;
        }
        if (h.frequency() != rate || (h.mode() == Header.SINGLE_CHANNEL ? 1 : 2) != channels) {
            throw corrupt();
        }
        try {
            SampleBuffer out = (SampleBuffer) decoder.decodeFrame(h, bits);
            short[] b = out.getBuffer();
            pcmLength = out.getBufferLength();
            if (pcm.length < pcmLength) {
                pcm = new short[b.length];
            }
            System.arraycopy(b, 0, pcm, 0, pcmLength);
            pcmAt = 0;
        } catch (DecoderException | RuntimeException e) {
            throw corrupt();
        } finally {
            bits.closeFrame();
        }
        if (pcmLength % channels != 0) {
            throw corrupt();
        }
        return true;
    }

    /** The next frame's header, or null at the end of the file. */
    private Header header() throws MusicException {
        Header h;
        try {
            h = bits.readFrame();
        } catch (BitstreamException | RuntimeException e) {
            throw corrupt();
        }
        long size = in.size();
        if (h == null) {
            if (frameEnd < size && Format.mpegFrameLength(bytesAt(frameEnd), 0) > 0) {
                // a frame header that JLayer found no whole frame behind: the file's end cut it short
                throw truncated(size);
            }
            return null;
        }
        // JLayer skips whatever does not look like a frame until something does: frames must
        // follow one another, each where the last one's length says it ends
        int length = Format.mpegFrameLength(bytesAt(frameEnd), 0);
        if (length != 4 + h.framesize) {
            throw corrupt();
        }
        frameEnd += length;
        if (frameEnd > size) {
            throw truncated(size); // JLayer padded the frame with zeros
        }
        return h;
    }

    private byte[] bytesAt(long at) throws MusicException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4);
        try {
            while (b.hasRemaining() && in.channel().read(b, at + b.position()) > 0) {
                // positional reads: JLayer's own reading is not disturbed
            }
        } catch (java.io.IOException e) {
            throw new MusicException(name, "cannot read: " + e.getMessage());
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private MusicException truncated(long size) {
        return new MusicException(name, "truncated MP3 data: the file ends at " + size + " bytes, inside a frame");
    }

    private MusicException corrupt() {
        // JLayer reads ahead: where its last frame ended is nearer the damage than what it has read
        return new MusicException(name, "corrupt MP3 data at " + frameEnd + " bytes");
    }

    @Override
    public void close() {
        try {
            bits.close();
        } catch (BitstreamException e) {
            // the channel belongs to Music: closing the stream frees nothing of ours
        }
    }
}
