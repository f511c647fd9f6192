package limber.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import limber.routine.HoldOption;
import limber.routine.Routine;
import limber.routine.RoutineLoader;
import limber.routine.Step;
import limber.routine.Stretch;

/**
 * Turns the text of a stretching article into a routine.
 *
 * <pre>
 * Back pain stretches                          -&gt; title
 * You'll need a mat. Sign up for our news!     -&gt; intro "You'll need a mat." (the rest dropped)
 * Hold each stretch for 15-30 seconds.         -&gt; hold options 15 and 30
 * 1. Knee to chest                             -&gt; stretch "Knee to chest"
 * - Bring your left knee to your chest         -&gt;   "Bring your left knee to your chest."
 * - Hold for the desired amount of time.       -&gt;   {"hold": true, "label": "left side"}
 * More from Example Magazine                   -&gt; the end: this and every later line dropped
 * </pre>
 *
 * <p>The rules, line by line (one line is one paragraph):
 * <ul>
 * <li>The first non-blank line is the title.</li>
 * <li>Stretch headings are numbered {@code 1. Name}, {@code 1) Name} or {@code Step 1: Name},
 *     counting up from 1; a numbered line out of that sequence is not a heading.</li>
 * <li>Under a heading, bullets ({@code - }, {@code * }, {@code • }) are the steps; other lines
 *     are dropped. A step that is the instruction to hold becomes a hold ({@link Holds}) with a
 *     side label ({@link Sides}); other steps are spoken as written, with a final period added
 *     when missing. Steps that advertise or prompt for comments are dropped.</li>
 * <li>Before the first heading, sentences giving hold lengths become the hold options
 *     ({@link HoldOptions}); the others are kept as intro only when they read as instructions
 *     ({@link Intro}). A line's kept sentences make one intro line.</li>
 * <li>After the first heading, a trailing section ("More from ...", "About the author",
 *     "Related articles", "Comments", ...) ends the article.</li>
 * <li>Typography is made plain for the narrator ({@link Text#plain}); words are never changed.</li>
 * </ul>
 * Every line not used is in the report with its line number and the reason.
 */
public final class ArticleImporter {
    /** Groups: the number and its mark ("." or ")"), or the number after "Step"; the name. */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)(?:(\\d{1,4})\\s*([.)])|step\\s+(\\d{1,4})\\s*[:.)-])\\s+(\\S.*)");
    private static final Pattern BULLET = Pattern.compile("[-*\u2022]\\s+(\\S.*)");
    /** A numbered list item: "1. Sit down." or "2) Reach up." */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("\\d{1,3}[.)]\\s+(\\S.*)");
    private static final Pattern TRAILING = Pattern.compile("(?i)(more from\\b.*|about the author\\b.*"
            + "|related(?: articles| stories| posts| reading| content)?\\s*:?|you (?:might|may) also like\\b.*"
            + "|recommended(?: for you| reading)?\\s*:?|most (?:popular|read)\\b.*|(?:\\d+ )?comments?\\s*:?"
            + "|read next\\b.*|trending(?: now)?\\s*:?|latest (?:news|articles|stories)\\b.*)");

    private final List<Note> notes = new ArrayList<>();
    private final List<String> intro = new ArrayList<>();
    private final List<HoldOptions.Range> ranges = new ArrayList<>();
    private final List<Stretch> stretches = new ArrayList<>();

    // the stretch being read
    private String name;
    private int headingLine;
    /** The rank of the stretch headings (2 for "## 1. Name" or {@code <h2>}), 0 when they are plain lines. */
    private int stretchLevel;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> sinceHold = new ArrayList<>();
    /** The line that had the last hold timed on both sides, 0 while its other side is not timed. */
    private int sidesTimed;
    /** The note of a hold timed again for the other side, while it is the stretch's last step; else null. */
    private Note repeated;

    private ArticleImporter() {
    }

    /**
     * Reads an article.
     *
     * @param article the text; lines may end in LF, CRLF or CR; a byte order mark is ignored
     * @param source  what the routine's {@code source} says (e.g. the article's file name), or null
     * @throws ImportException there is no title, no numbered heading, or no heading with steps
     */
    public static Imported read(String article, String source) throws ImportException {
        return new ArticleImporter().convert(article, source);
    }

    private Imported convert(String article, String source) throws ImportException {
        String text = article.startsWith("\uFEFF") ? article.substring(1) : article;
        List<Html.Line> lines = new ArrayList<>();
        if (Html.looksLikeHtml(text)) {
            lines.addAll(Html.lines(text, notes));
        } else {
            String[] raw = text.split("\r\n|\r|\n", -1);
            for (int i = 0; i < raw.length; i++) {
                lines.add(new Html.Line(i + 1, raw[i]));
            }
        }
        String title = null;
        int expected = 1;
        String style = null; // the first heading's form: "." or ")" or "step"; the others must match
        int end = 0; // the line where a trailing section starts
        int orphaned = 0; // the line of a dropped heading whose steps are dropped with it
        int orphanLevel = 0; // its rank: a heading of that rank or higher ends what is dropped with it
        for (Html.Line l : lines) {
            int number = l.number();
            String raw = l.text();
            if (raw.isBlank()) {
                continue;
            }
            int level = l.level() > 0 ? l.level() : Text.markdownLevel(raw);
            String line = Text.markdown(Text.plain(raw));
            Matcher item = NUMBERED_ITEM.matcher(line);
            if (stretchLevel > 0 && level == 0 && expected > 1 && item.matches()) {
                // under headings marked as such (## 1. Name, <h2>), a numbered line is a step: "1. Sit down."
                line = "- " + item.group(1);
            }
            if (end > 0) {
                drop(number, "after the trailing section at line " + end, line);
                continue;
            }
            if (Text.hasControl(line) || line.codePointCount(0, line.length()) > RoutineLoader.MAX_TEXT) {
                drop(number, Text.hasControl(line) ? "control characters" : "longer than " + RoutineLoader.MAX_TEXT
                        + " characters", line);
                continue;
            }
            if (title == null) {
                if (Text.looksLikeNavigation(line)) {
                    // text copied from a browser starts with the site's menus, not the title
                    drop(number, "navigation before the title", line);
                    continue;
                }
                title = line;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            int n = 0;
            if (heading.matches() && !heading.group(4).replaceAll("[.:]$", "").isBlank()) {
                String form = heading.group(1) != null ? heading.group(2) : "step";
                if (style == null || style.equals(form)) {
                    n = Integer.parseInt(heading.group(1) != null ? heading.group(1) : heading.group(3));
                }
                if (n == 1 && style == null) {
                    style = form;
                }
            }
            if (n == 1 && expected == 1) {
                stretchLevel = level;
            }
            if (orphaned > 0 && orphanLevel > 0 && level > 0 && level <= orphanLevel) {
                orphaned = 0; // "### Pro tip" dropped, then "### How to do it": that one's bullets are the stretch's again
            }
            if (n == expected) {
                endStretch();
                name = heading.group(4).replaceAll("[.:]$", "").strip();
                headingLine = number;
                expected++;
                orphaned = 0;
            } else if (expected == 1) {
                beforeHeadings(number, line);
            } else if (n > 0) {
                drop(number, "numbered line out of sequence (expected " + expected + ")", line);
                orphaned = number; // its steps are not the previous stretch's
                orphanLevel = level;
            } else if (level > 0 && (stretchLevel == 0 || level <= stretchLevel) && !TRAILING.matcher(line).matches()) {
                // "## Tips" among "## 1. Name" headings: what is under it is no stretch's
                drop(number, "a heading, not a numbered stretch", line);
                orphaned = number;
                orphanLevel = level;
            } else if (level > 0 && orphaned == 0 && !TRAILING.matcher(line).matches()
                    && (Intro.ADVERTISING.matcher(line).find() || Intro.COMMENTS.matcher(line).find())) {
                // "### Pro tip: buy our mat!" inside a stretch: its bullets go with it
                drop(number, Intro.ADVERTISING.matcher(line).find() ? "advertising or sign-up" : "comment prompt", line);
                orphaned = number;
                orphanLevel = level;
            } else if (orphaned > 0 && !TRAILING.matcher(line).matches()) {
                drop(number, "under the heading dropped at line " + orphaned, line);
            } else if (TRAILING.matcher(line).matches()) {
                end = number;
                drop(number, "a trailing section starts here", line);
            } else {
                underHeading(number, line);
            }
        }
        if (title == null) {
            throw new ImportException(0, "empty article");
        }
        if (expected == 1) {
            throw new ImportException(0, "no numbered stretch headings found (\"1. Name\", \"1) Name\" or \"Step 1: Name\")");
        }
        endStretch();
        if (stretches.isEmpty()) {
            throw new ImportException(0, "no bullet steps found under the numbered headings");
        }
        List<HoldOption> options = ranges.isEmpty() ? null : HoldOptions.options(ranges);
        if (!ranges.isEmpty() && options == null) {
            notes.add(new Note(0, Note.Kind.HOLD_OPTIONS, "hold lengths " + HoldOptions.describe(ranges)
                    + " cannot be options (1.." + Routine.MAX_HOLD + " s, at most " + RoutineLoader.MAX_HOLD_OPTIONS
                    + "): the default options are used"));
        }
        boolean fromArticle = options != null;
        if (options == null) {
            options = Routine.DEFAULT_HOLD_OPTIONS;
        }
        // the loader's own default: 30 when offered, else the first option
        int defaultHold = options.stream().anyMatch(o -> o.seconds() == Routine.DEFAULT_HOLD)
                ? Routine.DEFAULT_HOLD : options.get(0).seconds();
        Routine routine = new Routine(title, source, intro, options, defaultHold, Routine.DEFAULT_REST,
                Routine.DEFAULT_SETTLE, Routine.DEFAULT_COUNTDOWN, stretches);
        return new Imported(routine, new Report(routine, fromArticle, notes));
    }

    private void beforeHeadings(int number, String line) {
        Matcher bullet = BULLET.matcher(line);
        List<String> sentences = Text.sentences(bullet.matches() ? bullet.group(1) : line);
        List<String> kept = new ArrayList<>();
        List<HoldOptions.Range> found = new ArrayList<>();
        List<Note> dropped = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        for (String s : sentences) {
            List<HoldOptions.Range> r = HoldOptions.read(s);
            if (!r.isEmpty()) {
                found.addAll(r);
                continue;
            }
            String reason = Intro.reject(s);
            if (reason == null) {
                kept.add(s);
            } else {
                reasons.add(reason);
                dropped.add(new Note(number, Note.Kind.SENTENCE_DROPPED, "sentence dropped (" + reason + "): " + Text.quote(s)));
            }
        }
        if (!found.isEmpty()) {
            ranges.addAll(found);
            notes.add(new Note(number, Note.Kind.HOLD_OPTIONS, "hold lengths " + HoldOptions.describe(found)));
        }
        if (kept.isEmpty() && found.isEmpty()) {
            drop(number, String.join("; ", reasons), line);
            return;
        }
        notes.addAll(dropped);
        if (!kept.isEmpty()) {
            intro.add(String.join(" ", kept.stream().map(Text::sentence).toList()));
        }
    }

    private void underHeading(int number, String line) {
        if (Intro.ADVERTISING.matcher(line).find()) {
            drop(number, "advertising or sign-up", line);
            return;
        }
        if (Intro.COMMENTS.matcher(line).find()) {
            drop(number, "comment prompt", line);
            return;
        }
        Matcher bullet = BULLET.matcher(line);
        if (!bullet.matches()) {
            drop(number, "not a bullet step", line);
            return;
        }
        String text = bullet.group(1);
        int hold = Holds.read(text);
        if (hold == Holds.NONE) {
            Step.Hold last = lastHold();
            String named = Holds.repeatOn(text);
            boolean repeat = last != null && (Holds.otherSide(text) || named != null);
            if (repeat && sidesTimed > 0) {
                // "Hold for 30 seconds on each side." then "Repeat on the other side.": a third side there is not
                drop(number, "both sides are timed already, at line " + sidesTimed, text);
                return;
            }
            if (Holds.looksLikeHold(text)) {
                notes.add(new Note(number, Note.Kind.SPOKEN_HOLD,
                        "spoken, not timed (no hold length read): " + Text.quote(text)));
            }
            String spoken = Text.sentence(text);
            steps.add(new Step.Say(spoken, 0));
            String other = null;
            if (repeat) {
                String flipped = last.label() != null ? Sides.other(last.label()) : "other side";
                if (named == null || flipped.startsWith(named)) {
                    other = flipped;
                } else if (flipped.equals("other side")) {
                    other = named + " side";
                } // "Repeat on the left side." after the left side's hold: said, not timed again
            }
            if (other != null) {
                // "Repeat on the other side." after a hold: that hold again, for the other side
                steps.add(last.withLabel(other));
                repeated = new Note(number, Note.Kind.PER_SIDE, "the hold before, timed again for the " + other + ": "
                        + Text.quote(text));
                notes.add(repeated);
                sidesTimed = number;
                sinceHold.clear();
                return;
            }
            repeated = null;
            sinceHold.add(spoken);
            return;
        }
        Integer seconds = hold == Holds.CHOSEN ? null : hold;
        int breaths = Holds.breaths(text);
        // a hold in breaths stays in breaths, at the routine's breath (the default: the importer sets none)
        Step.Hold timed = breaths > 0 ? Step.Hold.inBreaths(breaths, null) : new Step.Hold(seconds, null);
        if (breaths > 0) {
            notes.add(new Note(number, Note.Kind.BREATHS, "a hold of " + breaths + (breaths == 1 ? " breath (" : " breaths (")
                    + Routine.seconds(breaths * Routine.DEFAULT_BREATH) + " s at " + Routine.seconds(Routine.DEFAULT_BREATH)
                    + " s a breath, the default \"breath\"): " + Text.quote(text)));
        }
        String label = Sides.label(sinceHold);
        boolean otherSide = repeated != null && !Holds.perSide(text);
        if (otherSide) {
            // "Switch sides." then "Hold for 30 seconds.": the article times the other side itself
            Step.Hold auto = (Step.Hold) steps.remove(steps.size() - 1);
            notes.remove(repeated);
            label = label != null ? label : auto.label();
        }
        repeated = null;
        if (Holds.perSide(text)) {
            // one timed hold per side: the side the steps named (else left) first, then the other
            String first = label != null ? label : "left side";
            steps.add(timed.withLabel(first));
            steps.add(new Step.Say("Switch sides.", 0));
            steps.add(timed.withLabel(Sides.other(first)));
            notes.add(new Note(number, Note.Kind.PER_SIDE, "timed once per side (" + first + ", then "
                    + Sides.other(first) + "): " + Text.quote(text)));
            sidesTimed = number;
        } else {
            steps.add(timed.withLabel(label));
            sidesTimed = otherSide ? number : 0;
        }
        sinceHold.clear();
    }

    /** The last hold of the stretch so far, or null. */
    private Step.Hold lastHold() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof Step.Hold h) {
                return h;
            }
        }
        return null;
    }

    private void endStretch() {
        if (name == null) {
            return;
        }
        if (steps.isEmpty()) {
            notes.add(new Note(headingLine, Note.Kind.STRETCH_DROPPED,
                    "stretch dropped (no bullet steps under it): " + Text.quote(name)));
        } else {
            stretches.add(new Stretch(name, steps));
        }
        name = null;
        steps.clear();
        sinceHold.clear();
        sidesTimed = 0;
        repeated = null;
    }

    private void drop(int number, String reason, String line) {
        notes.add(new Note(number, Note.Kind.DROPPED, "dropped (" + reason + "): " + Text.quote(line)));
    }
}
