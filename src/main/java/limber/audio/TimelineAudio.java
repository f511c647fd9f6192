package limber.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import limber.mix.Ducking;
import limber.mix.MusicMix;
import limber.timeline.Earcon;
import limber.timeline.Event;
import limber.timeline.Timeline;

/**
 * The PCM of a timeline, read from any sample position. Holds only the distinct clips (a few
 * seconds each), never the whole session: streaming it to a sink keeps memory flat. A
 * {@linkplain #streamed streamed} one does not even hold those: it asks for each spoken clip
 * when it is reached, so a two-hour session needs no more memory than a ten-minute one.
 */
public final class TimelineAudio {
    /** Samples per chunk handed to a sink: 64 ms. */
    public static final int CHUNK = 1024;

    /**
     * Spoken clips on demand, for a {@linkplain #streamed streamed} session: called from the
     * thread that reads the session, once each time a speech event is reached.
     */
    @FunctionalInterface
    public interface Clips {
        /** Puts the clip for {@code text} into {@code into}: as long as the timeline measured it. */
        void read(String text, ClipBuffer into) throws IOException;
    }

    private final Timeline timeline;
    private final Map<String, Clip> speech;
    private final Clips source;
    private final Map<Earcon, Clip> earcons;
    private MusicMix music;
    // a streamed session's clip of the speech event being read (it spans many chunks), in a
    // buffer used for every such clip: a long session reads its lines without making garbage
    private Event.Speech current;
    private final ClipBuffer currentClip = new ClipBuffer();

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
        this.source = null;
        this.earcons = Map.copyOf(earcons);
    }

    private TimelineAudio(Timeline timeline, Clips source, Map<Earcon, Clip> earcons) {
        for (Event e : timeline.events()) {
            if (e instanceof Event.Tone t && (earcons.get(t.earcon()) == null
                    || earcons.get(t.earcon()).length() != e.length())) {
                throw new IllegalArgumentException("no clip of " + e.length() + " samples for " + e);
            }
        }
        this.timeline = timeline;
        this.speech = null;
        this.source = source;
        this.earcons = Map.copyOf(earcons);
    }

    /**
     * A session that gets its spoken clips from {@code speech} as it is read: one reader at a
     * time. A clip of another length than its event is an {@link IOException} from
     * {@link #render}, an {@link UncheckedIOException} from {@link #read}, as is a failure of
     * {@code speech}.
     */
    public static TimelineAudio streamed(Timeline timeline, Clips speech, Map<Earcon, Clip> earcons) {
        return new TimelineAudio(timeline, speech, earcons);
    }

    public Timeline timeline() {
        return timeline;
    }

    /**
     * Puts the user's music under this session, before it is read: {@code source} gives it at
     * the session's rate, {@code musicLufs} is its loudness, and it plays {@code levelDb} from
     * the voice's level in holds and rests, {@link Ducking#DEPTH_DB} lower under every line and
     * earcon (the ramps start before the voice does), but for the soft breath tones inside a hold
     * in breaths: those come every few seconds, and the music would never come back up between them.
     */
    public TimelineAudio withMusic(MusicMix.Source source, double musicLufs, double levelDb) {
        List<Ducking.Span> voiced = new ArrayList<>();
        for (Event e : timeline.events()) {
            if (!(e instanceof Event.Silence) && !(e instanceof Event.Tone t && t.earcon().breath())) {
                voiced.add(new Ducking.Span(e.start(), e.end()));
            }
        }
        music = new MusicMix(source, new Ducking(voiced, timeline.rate(), MusicMix.levelGain(musicLufs, levelDb)),
                timeline.rate());
        return this;
    }

    public long length() {
        return timeline.length();
    }

    /**
     * Fills {@code buf[off, off+len)} with the samples from {@code position}; returns how many
     * were written, fewer than {@code len} only at the end of the timeline. A failure to read
     * a streamed clip or the music is an {@link UncheckedIOException}.
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
            if (e instanceof Event.Speech s && source != null) {
                streamed(s).copyTo(from, buf, off + done, n);
            } else {
                Clip c = e instanceof Event.Speech s ? speech.get(s.text())
                        : e instanceof Event.Tone t ? earcons.get(t.earcon()) : null;
                if (c == null) {
                    java.util.Arrays.fill(buf, off + done, off + done + n, (short) 0);
                } else {
                    c.copyTo(from, buf, off + done, n);
                }
            }
            done += n;
            index++;
        }
        if (music != null) {
            try {
                music.addTo(position, buf, off, done);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return done;
    }

    private ClipBuffer streamed(Event.Speech s) {
        if (s != current) {
            try {
                current = null; // until the buffer holds this event's clip
                source.read(s.text(), currentClip);
                if (currentClip.length() != s.length()) {
                    throw new IOException("got a clip of " + currentClip.length() + " samples for " + s.length()
                            + " samples of \"" + s.text() + "\"");
                }
                current = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return currentClip;
    }

    /**
     * Streams samples {@code [from, to)} to {@code sink} in {@link #CHUNK}s, calling
     * {@code progress} with the position after each chunk.
     */
    public void render(long from, long to, Sink sink, java.util.function.LongConsumer progress)
            throws IOException {
        short[] buf = new short[CHUNK];
        long pos = from;
        while (pos < to) {
            int n;
            try {
                n = read(pos, buf, 0, (int) Math.min(CHUNK, to - pos));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            sink.write(buf, 0, n);
            pos += n;
            progress.accept(pos);
        }
    }
}
