package limber.speech;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import limber.audio.Clip;

/**
 * Collects what FreeTTS "plays". FreeTTS calls it from its output thread while the caller
 * waits in {@code speak()}, hence the synchronization. Never fails a write: a failing player
 * makes FreeTTS print a stack trace.
 */
final class PcmCollector implements AudioPlayer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private AudioFormat format;
    private String badFormat;
    private boolean cancelled;

    /**
     * A collector that {@code voice} plays into. Here rather than in the narrator, whose
     * bytecode verification would otherwise load FreeTTS's AudioPlayer with the narrator.
     */
    static PcmCollector attachTo(Voice voice) {
        PcmCollector c = new PcmCollector();
        voice.setAudioPlayer(c);
        return c;
    }

    synchronized void clear() {
        bytes.reset();
        badFormat = null;
        cancelled = false;
    }

    synchronized Clip take(boolean completed, String voiceName, String text) throws IOException {
        if (badFormat != null) {
            throw new IOException("FreeTTS voice \"" + voiceName + "\" renders " + badFormat
                    + "; Limber needs " + FreeTtsNarrator.SAMPLE_RATE + " Hz 16-bit mono");
        }
        if (!completed || cancelled) {
            throw new IOException("FreeTTS failed to speak \"" + abbreviate(text) + "\"");
        }
        byte[] pcm = bytes.toByteArray();
        if (pcm.length % 2 != 0) {
            throw new IOException("FreeTTS gave an odd number of bytes (" + pcm.length
                    + ") for \"" + abbreviate(text) + "\"");
        }
        boolean bigEndian = format == null || format.isBigEndian();
        short[] samples = new short[pcm.length / 2];
        for (int i = 0; i < samples.length; i++) {
            int hi = bigEndian ? pcm[2 * i] : pcm[2 * i + 1];
            int lo = bigEndian ? pcm[2 * i + 1] : pcm[2 * i];
            samples[i] = (short) ((hi << 8) | (lo & 0xff));
        }
        return Clip.of(samples);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    @Override
    public synchronized void setAudioFormat(AudioFormat f) {
        format = f;
        boolean ok = f.getEncoding() == AudioFormat.Encoding.PCM_SIGNED
                && f.getSampleRate() == FreeTtsNarrator.SAMPLE_RATE
                && f.getSampleSizeInBits() == 16
                && f.getChannels() == 1;
        if (!ok && badFormat == null) {
            badFormat = f.toString();
        }
    }

    @Override
    public synchronized AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public synchronized boolean write(byte[] audioData) {
        return write(audioData, 0, audioData.length);
    }

    @Override
    public synchronized boolean write(byte[] audioData, int offset, int size) {
        bytes.write(audioData, offset, size);
        return true;
    }

    @Override
    public synchronized void cancel() {
        cancelled = true;
    }

    // The rest of the player contract concerns a real line: nothing to do in memory.

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public void reset() {}

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(int size) {}

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public void close() {}

    @Override
    public float getVolume() {
        return 1.0f;
    }

    @Override
    public void setVolume(float volume) {}

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {}

    @Override
    public void startFirstSampleTimer() {}

    @Override
    public void showMetrics() {}
}
