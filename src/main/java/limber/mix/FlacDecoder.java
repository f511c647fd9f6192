package limber.mix;

import java.io.IOException;
import org.jflac.ChannelData;
import org.jflac.FLACDecoder;
import org.jflac.FrameListener;
import org.jflac.frame.Frame;
import org.jflac.metadata.Metadata;
import org.jflac.metadata.StreamInfo;

/**
 * FLAC through jFLAC ({@code org.jflac:jflac-codec}, LGPL 2.1). jFLAC skips what it cannot
 * decode (a lost sync, a bad header, a frame whose CRC fails) and tells only its frame
 * listeners: here each of those is the corruption it is, and a stream that ends before the
 * sample count of its STREAMINFO is truncated.
 */
final class FlacDecoder implements Decoder {
    private final String name;
    private final FileInput in;
    private final FLACDecoder flac;
    private final StreamInfo info;
    private String error; // what jFLAC reported, if anything
    private long decoded; // samples per channel so far
    private int[][] frame = new int[0][]; // the current frame's samples per channel
    private int frameLength;
    private int frameAt;
    private float frameScale;
    private boolean ended;

    FlacDecoder(String name, FileInput in) throws MusicException {
        this.name = name;
        this.in = in;
        this.flac = new FLACDecoder(in);
        flac.addFrameListener(new FrameListener() {
            @Override
            public void processMetadata(Metadata metadata) {
            }

            @Override
            public void processFrame(Frame frame) {
            }

            @Override
            public void processError(String msg) {
                if (error == null) {
                    error = msg;
                }
            }
        });
        try {
            flac.readMetadata();
        } catch (IOException | RuntimeException e) {
            throw corrupt();
        }
        info = flac.getStreamInfo();
        if (info == null || info.getSampleRate() <= 0 || info.getChannels() < 1) {
            throw corrupt();
        }
    }

    @Override
    public int rate() {
        return info.getSampleRate();
    }

    @Override
    public int read(float[] buf, int off, int len) throws MusicException {
        while (frameAt == frameLength) {
            if (ended || !nextFrame()) {
                ended = true;
                return -1;
            }
        }
        int n = Math.min(len, frameLength - frameAt);
        int channels = frame.length;
        for (int i = 0; i < n; i++, frameAt++) {
            long sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += frame[c][frameAt];
            }
            buf[off + i] = (float) (sum * (double) frameScale);
        }
        return n;
    }

    private boolean nextFrame() throws MusicException {
        long total = info.getTotalSamples();
        if (total > 0 && decoded >= total) {
            return false; // anything after the last frame (an ID3v1 tag, say) is not audio
        }
        Frame f;
        try {
            f = flac.readNextFrame();
        } catch (IOException | RuntimeException e) {
            throw corrupt();
        }
        boolean cut = total > 0 && decoded < total;
        if (error != null && !(cut && in.position() >= in.size())) {
            throw corrupt();
        }
        if (f == null || error != null) {
            if (cut) {
                throw new MusicException(name, "truncated FLAC data: the file ends at " + in.size() + " bytes, after "
                        + decoded + " of its " + total + " samples");
            }
            return false;
        }
        int channels = f.header.channels;
        int bits = f.header.bitsPerSample;
        if (channels < 1 || bits < 4 || bits > 32 || f.header.blockSize < 1) {
            throw corrupt();
        }
        ChannelData[] data = flac.getChannelData();
        if (frame.length != channels) {
            frame = new int[channels][];
        }
        for (int c = 0; c < channels; c++) {
            frame[c] = data[c].getOutput();
        }
        frameLength = f.header.blockSize;
        frameAt = 0;
        frameScale = (float) (1.0 / channels / Math.pow(2, bits - 1));
        decoded += frameLength;
        return true;
    }

    private MusicException corrupt() {
        return new MusicException(name, "corrupt FLAC data at " + in.position() + " bytes");
    }

    @Override
    public void close() {
        // the channel belongs to Music; jFLAC holds nothing else
    }
}
