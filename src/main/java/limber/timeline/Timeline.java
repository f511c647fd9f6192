package limber.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A compiled session: gapless events from sample 0 to {@link #length()}, the steps ("units")
 * they group into, the chapters (stretch starts) and the exact spans of the holds.
 *
 * <pre>{@code
 * Timeline t = TimelineCompiler.compile(routine, SessionOptions.defaults(30), 24_000, narrator::lengthOf);
 * t.holds().get(0).length() == 30 * 24_000
 * }</pre>
 *
 * <p>Positions and lengths are in samples at {@link #rate()}, the rate of the narrator's voice:
 * the one place a session's sample rate lives. Everything that renders, plays, captions or
 * times the session takes it from here.
 */
public final class Timeline {

    /** A hold from the end of its start cue to the start of its end cue. */
    public record Span(long start, long end, int unit) {
        public long length() {
            return end - start;
        }
    }

    /** A stretch's first sample and its name. */
    public record Chapter(int stretch, String name, long start) {
    }

    private final int rate;
    private final List<Event> events;
    private final long[] unitStarts;
    private final List<Span> holds;
    private final List<Chapter> chapters;
    private final limber.words.Catalogue words;
    private final List<String> mayAlsoSay;

    Timeline(int rate, List<Event> events, long[] unitStarts, List<Span> holds, List<Chapter> chapters,
             limber.words.Catalogue words, List<String> mayAlsoSay) {
        this.words = words;
        this.mayAlsoSay = List.copyOf(mayAlsoSay);
        this.rate = rate;
        this.events = List.copyOf(events);
        this.unitStarts = unitStarts.clone();
        this.holds = List.copyOf(holds);
        this.chapters = List.copyOf(chapters);
    }

    /** Samples a second: the narrator's voice's own rate (16,000, 22,050, 24,000 ...). */
    public int rate() {
        return rate;
    }

    /** Milliseconds from the start to sample {@code position}, rounded down. */
    public long millis(long position) {
        return position * 1000 / rate;
    }

    /** {@link #formatTime(long, int)} at this timeline's rate. */
    public String formatTime(long samples) {
        return formatTime(samples, rate);
    }

    public List<Event> events() {
        return events;
    }

    public long length() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).end();
    }

    public List<Span> holds() {
        return holds;
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    /** What this session says on its own, in its routine's language (also the names of its parts). */
    public limber.words.Catalogue words() {
        return words;
    }

    public int units() {
        return unitStarts.length;
    }

    public long unitStart(int unit) {
        return unitStarts[unit];
    }

    /** Index of the event that plays at {@code position} (the last one for the end). */
    public int eventAt(long position) {
        int lo = 0;
        int hi = events.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (events.get(mid).start() <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The unit playing at {@code position}. */
    public int unitAt(long position) {
        return events.get(eventAt(position)).unit();
    }

    /** Every distinct spoken text, in order of first use. */
    public List<String> spokenTexts() {
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        for (Event e : events) {
            if (e instanceof Event.Speech s) {
                texts.add(s.text());
            }
        }
        return new ArrayList<>(texts);
    }

    /**
     * Every text a session of the same routine and options may say, whatever its utterances'
     * lengths: {@link #spokenTexts()} and the words a breath cue says where they fit (with other
     * lengths they may fit where here they did not). What to synthesize before compiling for real.
     */
    public List<String> texts() {
        LinkedHashSet<String> texts = new LinkedHashSet<>(spokenTexts());
        texts.addAll(mayAlsoSay);
        return new ArrayList<>(texts);
    }

    /** Number of spoken lines, counting repeats. */
    public int spokenLines() {
        return (int) events.stream().filter(e -> e instanceof Event.Speech).count();
    }

    /** "11:03.942": minutes, seconds and milliseconds of {@code samples} at {@code rate}. */
    public static String formatTime(long samples, int rate) {
        long millis = samples * 1000 / rate;
        // by hand: the first String.format of a process costs ~15 ms, for one summary line
        long seconds = millis / 1000 % 60;
        long rest = millis % 1000;
        return (millis / 60_000) + (seconds < 10 ? ":0" : ":") + seconds
                + (rest < 10 ? ".00" : rest < 100 ? ".0" : ".") + rest;
    }

    /** One line an event: {@code unit stretch start +length kind detail}, times in samples. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Event e : events) {
            sb.append(e.unit()).append(' ').append(e.stretch()).append(' ')
                    .append(e.start()).append(" +").append(e.length()).append(' ');
            if (e instanceof Event.Speech s) {
                sb.append("say \"").append(s.text()).append('"');
            } else if (e instanceof Event.Tone t) {
                sb.append("tone ").append(t.earcon().name().toLowerCase(Locale.ROOT));
            } else {
                sb.append("silence");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
