package limber.encode;

import de.sciss.jump3r.mp3.BitStream;
import de.sciss.jump3r.mp3.GainAnalysis;
import de.sciss.jump3r.mp3.ID3Tag;
import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.MPEGMode;
import de.sciss.jump3r.mp3.Presets;
import de.sciss.jump3r.mp3.Quantize;
import de.sciss.jump3r.mp3.QuantizePVT;
import de.sciss.jump3r.mp3.Reservoir;
import de.sciss.jump3r.mp3.Takehiro;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mp3.Version;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import limber.audio.Sink;

/**
 * Encodes mono PCM at 16, 22.05 or 24 kHz as MPEG-2 Layer III (the sample rates of MPEG-2), at a
 * constant bitrate ({@link #kbps(int)}: 48 kbit/s at 16 kHz), with the
 * jump3r port of LAME. Streaming: each chunk is encoded as it arrives, memory stays flat.
 *
 * <p>The stream starts with a placeholder frame. After {@link #close()}, {@link #infoFrame()}
 * gives the LAME "Info" frame (frame count, byte count, seek table, encoder delay and padding) of
 * exactly the same size; the owner writes it over the placeholder, at the stream's first byte.
 * Decoders that read it (ffmpeg, most players) trim the delay and padding, so the file decodes
 * to exactly the samples written.
 *
 * <pre>{@code
 * long start = channel.position();
 * try (Mp3Sink mp3 = new Mp3Sink(out, 24_000)) {
 *     session.render(0, session.length(), mp3, progress);
 * }                                   // close() writes the last frames and flushes out
 * channel.write(ByteBuffer.wrap(mp3.infoFrame()), start);
 * }</pre>
 *
 * <p>Why 48 kbit/s CBR: it is the lowest MPEG-2 bitrate whose frame (216 bytes at 16 kHz) holds
 * the LAME tag; below it LAME writes no tag and the stream would decode 1,105 samples late and up
 * to a frame long. Constant bitrate makes a time an exact byte offset, so players seek to a
 * chapter exactly (a VBR file seeks through a 100-entry table, seconds off in a long session).
 * Speech from the 16 kHz narrator is not audibly changed at this rate.
 *
 * <p>Not thread-safe: one thread writes, then closes.
 */
public final class Mp3Sink implements Sink {
    /** Bitrate in kbit/s at 16 kHz. */
    public static final int KBPS = 48;
    /** Bitrate in kbit/s at 22.05 and 24 kHz. */
    static final int KBPS_FAST = 64;
    /** Samples per MPEG-2 Layer III frame. */
    public static final int FRAME_SAMPLES = 576;
    /** LAME's algorithm quality, 0 best .. 9 fastest; 5 is LAME's own default. */
    static final int QUALITY = 5;
    /** Room for what a flush emits: the last frames and the reservoir. */
    private static final int LAME_FLUSH_BYTES = 16 * 1024;

    private final OutputStream out;
    private final Lame lame;
    private final VBRTag tag;
    private final LameGlobalFlags flags;
    private int[] pcm = new int[0];
    private byte[] mp3 = new byte[LAME_FLUSH_BYTES];
    private byte[] infoFrame;
    private boolean closed;

    /**
     * Starts the stream: the placeholder frame reaches {@code out} with the first frames.
     *
     * @throws IOException when the encoder refuses its settings (never for this format)
     */
    public Mp3Sink(OutputStream out, int rate) throws IOException {
        if (rate != 16_000 && rate != 22_050 && rate != 24_000) {
            throw new IOException("MP3 (MPEG-2 Layer III) takes 16, 22.05 or 24 kHz, not " + rate + " Hz");
        }
        this.out = out;
        this.lame = new Lame();
        this.tag = new VBRTag();
        GainAnalysis gain = new GainAnalysis();
        BitStream bits = new BitStream();
        Presets presets = new Presets();
        QuantizePVT quantizePvt = new QuantizePVT();
        Quantize quantize = new Quantize();
        Version version = new Version();
        ID3Tag id3 = new ID3Tag();
        Reservoir reservoir = new Reservoir();
        Takehiro takehiro = new Takehiro();
        MPGLib mpg = new MPGLib();
        Interface decoder = new Interface();
        Common common = new Common();
        // jump3r's modules are wired by hand, as its own LameEncoder does (without javax.sound)
        lame.setModules(gain, bits, presets, quantizePvt, quantize, tag, version, id3, mpg);
        bits.setModules(gain, mpg, version, tag);
        id3.setModules(bits, version);
        presets.setModules(lame);
        quantize.setModules(bits, reservoir, quantizePvt, takehiro);
        quantizePvt.setModules(takehiro, reservoir, lame.enc.psy);
        reservoir.setModules(bits);
        takehiro.setModules(quantizePvt);
        tag.setModules(lame, bits, version);
        mpg.setModules(decoder, common);
        decoder.setModules(tag, common);

        flags = lame.lame_init();
        flags.num_channels = 1;
        flags.in_samplerate = rate;
        flags.out_samplerate = rate;             // never resample: it would shift the delay
        flags.mode = MPEGMode.MONO;
        flags.brate = kbps(rate);
        flags.quality = QUALITY;
        flags.write_id3tag_automatic = false;    // the export writes its own ID3v2 tag
        flags.bWriteVbrTag = true;
        int status = lame.lame_init_params(flags);
        if (status < 0 || !flags.bWriteVbrTag || flags.out_samplerate != rate) {
            throw new IOException("MP3 encoder refused " + kbps(rate) + " kbit/s mono at " + rate
                    + " Hz (status " + status + ")");
        }
    }

    /**
     * The bitrate at {@code rate}: the lowest whose frame still holds the LAME tag (which is what
     * makes the file decode to exactly the samples written). A frame is 72,000 x kbit/s / rate
     * bytes; the tag needs more than 168 (56 kbit/s at 24 kHz is refused).
     */
    public static int kbps(int rate) {
        return rate == 16_000 ? KBPS : KBPS_FAST;
    }

    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("MP3 stream already closed");
        }
        if (length == 0) {
            return;
        }
        if (pcm.length < length) {
            pcm = new int[length];
            // LAME's worst case for n samples: 1.25 n + 7200 bytes
            mp3 = new byte[Math.max(LAME_FLUSH_BYTES, length + length / 4 + 7200)];
        }
        for (int i = 0; i < length; i++) {
            pcm[i] = samples[offset + i] << 16; // LAME's int input is full-scale 32-bit
        }
        emit(lame.lame_encode_buffer_int(flags, pcm, pcm, length, mp3, 0, mp3.length));
    }

    /**
     * Encodes what the encoder still holds, pads the last frame, writes it and flushes
     * {@code out} (its owner closes it). Afterwards {@link #infoFrame()} is ready. Idempotent.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            emit(lame.lame_encode_flush(flags, mp3, 0, mp3.length));
            out.flush();
            byte[] frame = new byte[VBRTag.MAXFRAMESIZE];
            int size = tag.getLameTagFrame(flags, frame);
            if (size <= 0 || size > frame.length) {
                throw new IOException("MP3 encoder wrote no LAME tag (size " + size + ")");
            }
            infoFrame = Arrays.copyOf(frame, size);
        } finally {
            lame.lame_close(flags);
        }
    }

    /**
     * The LAME "Info" frame to write over the stream's first frame, which has the same size.
     *
     * @throws IllegalStateException before {@link #close()} has succeeded
     */
    public byte[] infoFrame() {
        if (infoFrame == null) {
            throw new IllegalStateException("the LAME tag is known only after close()");
        }
        return infoFrame.clone();
    }

    private void emit(int bytes) throws IOException {
        if (bytes < 0) {
            throw new IOException("MP3 encoder failed (LAME status " + bytes + ")");
        }
        out.write(mp3, 0, bytes);
    }
}
