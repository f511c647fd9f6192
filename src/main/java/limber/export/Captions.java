package limber.export;

import java.util.Locale;
import limber.timeline.Event;
import limber.timeline.Timeline;

/** WebVTT captions: one cue per spoken line, from its first to its last sample. */
public final class Captions {
    private Captions() {
    }

    public static String webVtt(Timeline timeline) {
        StringBuilder sb = new StringBuilder("WEBVTT\n");
        for (Event e : timeline.events()) {
            if (e instanceof Event.Speech s) {
                sb.append('\n').append(time(timeline.millis(s.start()))).append(" --> ").append(time(timeline.millis(s.end()))).append('\n')
                        .append(s.text()).append('\n');
            }
        }
        return sb.toString();
    }

    /** {@code HH:MM:SS.mmm} of {@code ms} milliseconds (the timeline rounds samples down). */
    static String time(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
