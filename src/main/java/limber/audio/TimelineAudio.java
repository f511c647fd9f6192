package limber.audio;

import java.util.Map;
import limber.timeline.Earcon;
import limber.timeline.Event;
import limber.timeline.Timeline;

/**
 * The PCM of a timeline, read from any sample position. Holds only the distinct clips (a few
 * seconds each), never the whole session: streaming it to a sink keeps memory flat.
 */
public final class TimelineAudio {
    /** Samples per chunk handed to a sink: 64 ms. */
    public static final int CHUNK = 1024;

    private final Timeline timeline;
    private final Map<String, Clip> speech;
    private final Map<Earcon, Clip> earcons;

    /**
     * @param speech a clip for every spoken text, each as long as the timeline says
     * @throws IllegalArgumentException when a clip is missing or of another length
     */
    public TimelineAudio(Timeline timeline, Map<String, Clip> speech, Map<Earcon, Clip> earcons) {
        for (Event e : timeline.events()) {
            Clip c = e instanceof Event.Speech s ? speech.get(s.text())
                    : e instanceof Event.Tone t ? earcons.get(t.earcon()) : null;
            if (!(e instanceof Event.Silence) && (c == null || c.length() != e.length())) {
                throw new IllegalArgumentException("no clip of " + e.length() + " samples for " + e);
            }
        }
        this.timeline = timeline;
        this.speech = Map.copyOf(speech);
        this.earcons = Map.copyOf(earcons);
    }

    public Timeline timeline() {
        return timeline;
    }

    public long length() {
        return timeline.length();
    }

    /**
     * Fills {@code buf[off, off+len)} with the samples from {@code position}; returns how many
     * were written, fewer than {@code len} only at the end of the timeline.
     */
    public int read(long position, short[] buf, int off, int len) {
        int done = 0;
        if (position >= timeline.length()) {
            return 0;
        }
        int index = timeline.eventAt(position);
        while (done < len && index < timeline.events().size()) {
            Event e = timeline.events().get(index);
            long at = position + done;
            int from = (int) (at - e.start());
            int n = (int) Math.min(len - done, e.end() - at);
            Clip c = e instanceof Event.Speech s ? speech.get(s.text())
                    : e instanceof Event.Tone t ? earcons.get(t.earcon()) : null;
            if (c == null) {
                java.util.Arrays.fill(buf, off + done, off + done + n, (short) 0);
            } else {
                c.copyTo(from, buf, off + done, n);
            }
            done += n;
            index++;
        }
        return done;
    }

    /**
     * Streams samples {@code [from, to)} to {@code sink} in {@link #CHUNK}s, calling
     * {@code progress} with the position after each chunk.
     */
    public void render(long from, long to, Sink sink, java.util.function.LongConsumer progress)
            throws java.io.IOException {
        short[] buf = new short[CHUNK];
        long pos = from;
        while (pos < to) {
            int n = read(pos, buf, 0, (int) Math.min(CHUNK, to - pos));
            sink.write(buf, 0, n);
            pos += n;
            progress.accept(pos);
        }
    }
}
