package limber.export;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import limber.timeline.Event;
import limber.timeline.Timeline;

/**
 * WebVTT captions: one cue per spoken line, from its first to its last sample (a line with no
 * sound, such as "...", over the pause after it: a cue ends after it starts). A line's text
 * is the author's, made safe as cue text: {@code &}, {@code <} and {@code >} become character
 * references (so no text is read as markup, and no {@code -->} survives to start a cue), and
 * every run of whitespace holding a line break becomes one space (a blank line would end the
 * cue, and what follows it would be read as a cue of its own).
 */
public final class Captions {
    private Captions() {
    }

    public static String webVtt(Timeline timeline) {
        StringBuilder sb = new StringBuilder("WEBVTT\n");
        List<Event> events = timeline.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Speech s) {
                long start = timeline.millis(s.start());
                long end = s.end();
                // a line no voice can say ("...") has no sound: it is shown over the pause after it
                for (int j = i + 1; s.length() == 0 && j < events.size() && events.get(j) instanceof Event.Silence pause; j++) {
                    end = pause.end();
                }
                sb.append('\n').append(time(start)).append(" --> ").append(time(Math.max(timeline.millis(end), start + 1)))
                        .append('\n').append(cueText(s.text())).append('\n');
            }
        }
        return sb.toString();
    }

    /** {@code "Bend <slowly> & breathe"} as {@code "Bend &lt;slowly&gt; &amp; breathe"}, on one line. */
    static String cueText(String text) {
        String line = LINE_BREAKS.matcher(text.strip()).replaceAll(" ");
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** WebVTT's line terminators (CR, LF) with the blanks around them. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*[\\r\\n][\\s]*");

    /** {@code HH:MM:SS.mmm} of {@code ms} milliseconds (the timeline rounds samples down). */
    static String time(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
