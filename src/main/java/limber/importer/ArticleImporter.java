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
    private final List<Step> steps = new ArrayList<>();
    private final List<String> sinceHold = new ArrayList<>();

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
        for (Html.Line l : lines) {
            int number = l.number();
            String raw = l.text();
            if (raw.isBlank()) {
                continue;
            }
            String line = Text.markdown(Text.plain(raw));
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
            if (Holds.looksLikeHold(text)) {
                notes.add(new Note(number, Note.Kind.SPOKEN_HOLD,
                        "spoken, not timed (no hold length read): " + Text.quote(text)));
            }
            String spoken = Text.sentence(text);
            steps.add(new Step.Say(spoken, 0));
            Step.Hold last = lastHold();
            if (Holds.otherSide(text) && last != null) {
                // "Repeat on the other side." after a hold: that hold again, for the other side
                String other = last.label() != null ? Sides.other(last.label()) : "other side";
                steps.add(last.withLabel(other));
                notes.add(new Note(number, Note.Kind.PER_SIDE, "the hold before, timed again for the " + other + ": "
                        + Text.quote(text)));
                sinceHold.clear();
                return;
            }
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
        if (Holds.perSide(text)) {
            // one timed hold per side: the side the steps named (else left) first, then the other
            String first = label != null ? label : "left side";
            steps.add(timed.withLabel(first));
            steps.add(new Step.Say("Switch sides.", 0));
            steps.add(timed.withLabel(Sides.other(first)));
            notes.add(new Note(number, Note.Kind.PER_SIDE, "timed once per side (" + first + ", then "
                    + Sides.other(first) + "): " + Text.quote(text)));
        } else {
            steps.add(timed.withLabel(label));
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
    }

    private void drop(int number, String reason, String line) {
        notes.add(new Note(number, Note.Kind.DROPPED, "dropped (" + reason + "): " + Text.quote(line)));
    }
}
