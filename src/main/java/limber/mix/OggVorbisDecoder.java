package limber.mix;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;
import java.io.IOException;

/**
 * Ogg Vorbis through JOrbis ({@code com.googlecode.soundlibs:jorbis}, LGPL 2.1), by its low-level
 * API (its {@code VorbisFile} prints). Reads the first logical stream to its end-of-stream page
 * and trims the last packet to that page's granule position, as libvorbisfile does. A page whose
 * CRC fails or that is missing (a hole), a packet Vorbis cannot decode, or a file that ends
 * without the end-of-stream page is corruption or truncation.
 */
final class OggVorbisDecoder implements Decoder {
    private static final int CHUNK = 8192;

    private final String name;
    private final FileInput in;
    private final SyncState sync = new SyncState();
    private final StreamState stream = new StreamState();
    private final Page page = new Page();
    private final Packet packet = new Packet();
    private final Info info = new Info();
    private final Comment comment = new Comment();
    private final DspState dsp = new DspState();
    private final Block block = new Block(dsp);
    private final float[][][] pcm = new float[1][][];
    private final int[] index;
    private int serial; // the logical stream read
    private long emitted; // samples per channel handed out
    private long endGranule = -1; // the sample count the end-of-stream page gives
    private boolean lastPage;
    private boolean ended;

    OggVorbisDecoder(String name, FileInput in) throws MusicException {
        this.name = name;
        this.in = in;
        try {
            sync.init();
            info.init();
            comment.init();
            if (!nextPage()) {
                throw corrupt();
            }
            serial = page.serialno();
            stream.init(serial);
            stream.pagein(page);
            for (int header = 0; header < 3; header++) {
                if (!nextPacket() || info.synthesis_headerin(comment, packet) < 0) {
                    throw corrupt();
                }
            }
            if (info.channels < 1 || info.rate <= 0) {
                throw corrupt();
            }
            dsp.synthesis_init(info);
            block.init(dsp);
            index = new int[info.channels];
        } catch (RuntimeException e) {
            throw corrupt();
        }
    }

    @Override
    public int rate() {
        return info.rate;
    }

    @Override
    public int read(float[] buf, int off, int len) throws MusicException {
        try {
            while (!ended) {
                int n = dsp.synthesis_pcmout(pcm, index);
                if (n > 0) {
                    if (endGranule >= 0) {
                        n = (int) Math.max(0, Math.min(n, endGranule - emitted));
                    }
                    n = Math.min(n, len);
                    if (n == 0) {
                        ended = true; // past the end-of-stream page's granule: encoder padding
                        break;
                    }
                    mix(buf, off, n);
                    dsp.synthesis_read(n);
                    emitted += n;
                    return n;
                }
                if (!nextPacket()) {
                    ended = true;
                    break;
                }
                if (block.synthesis(packet) != 0) {
                    throw corrupt();
                }
                dsp.synthesis_blockin(block);
            }
            return -1;
        } catch (RuntimeException e) {
            throw corrupt();
        }
    }

    private void mix(float[] buf, int off, int n) {
        float[][] channels = pcm[0];
        int c = channels.length;
        float scale = 1f / c;
        for (int i = 0; i < n; i++) {
            float sum = 0;
            for (int ch = 0; ch < c; ch++) {
                sum += channels[ch][index[ch] + i];
            }
            float v = c == 1 ? sum : sum * scale;
            buf[off + i] = Math.max(-1f, Math.min(1f, v));
        }
    }

    /** The next packet of the stream into {@code packet}; false after the last. */
    private boolean nextPacket() throws MusicException {
        while (true) {
            int r = stream.packetout(packet);
            if (r == 1) {
                return true;
            }
            if (r < 0) {
                throw corrupt(); // a hole: a page is missing
            }
            if (lastPage) {
                return false;
            }
            if (!nextPage()) {
                throw new MusicException(name, "truncated Ogg Vorbis data: the file ends at " + in.size()
                        + " bytes, before the stream's last page");
            }
            if (page.serialno() != serial) {
                continue; // another logical stream multiplexed in (not read)
            }
            stream.pagein(page);
            if (page.eos() != 0) {
                lastPage = true;
                endGranule = page.granulepos();
            }
        }
    }

    /** The next page of the file into {@code page}; false at the file's end. */
    private boolean nextPage() throws MusicException {
        while (true) {
            int r = sync.pageout(page);
            if (r == 1) {
                return true;
            }
            if (r < 0) {
                throw corrupt(); // lost sync or a page whose CRC fails
            }
            int at = sync.buffer(CHUNK);
            int n;
            try {
                n = in.read(sync.data, at, CHUNK);
            } catch (IOException e) {
                throw new MusicException(name, "cannot read: " + e.getMessage());
            }
            if (n <= 0) {
                return false;
            }
            sync.wrote(n);
        }
    }

    private MusicException corrupt() {
        return new MusicException(name, "corrupt Ogg Vorbis data at " + in.position() + " bytes");
    }

    @Override
    public void close() {
        block.clear();
        dsp.clear();
        stream.clear();
        info.clear();
        sync.clear();
    }
}
