package limber.export;

import java.util.ArrayList;
import java.util.List;
import limber.timeline.Timeline;

/**
 * A stretch of the session for chapters and split tracks: the introduction (title, intro, hold
 * length: everything before the first stretch) is part 0, then each stretch from its
 * announcement to the next one's (rests and the closing line belong to the stretch before).
 * The parts cover the session without gap or overlap. Names Limber gives ("Introduction", "Stretch 3"
 * for a stretch whose name leaves nothing for a file name) are in the routine's language.
 *
 * @param number 0 for the introduction, else the stretch's 1-based number in the routine
 * @param untitled the file name when the title leaves none ("Introduction", "Stretch 3")
 */
record Part(int number, String title, long start, long end, String untitled) {
    /** A part whose file-name fallback is the English one. */
    Part(int number, String title, long start, long end) {
        this(number, title, start, end, number == 0 ? limber.words.Catalogue.ENGLISH.introduction()
                : limber.words.Catalogue.ENGLISH.stretchTrack(number));
    }

    /**
     * The parts of {@code timeline}. Their numbers and titles depend only on the routine and the
     * options, never on speech lengths, so a draft timeline names the same files.
     */
    static List<Part> of(Timeline timeline) {
        List<Timeline.Chapter> chapters = timeline.chapters();
        List<Part> parts = new ArrayList<>();
        long end = chapters.isEmpty() ? timeline.length() : chapters.get(0).start();
        String introduction = timeline.words().introduction();
        parts.add(new Part(0, introduction, 0, end, introduction));
        for (int i = 0; i < chapters.size(); i++) {
            Timeline.Chapter c = chapters.get(i);
            long next = i + 1 < chapters.size() ? chapters.get(i + 1).start() : timeline.length();
            parts.add(new Part(c.stretch(), c.name(), c.start(), next, timeline.words().stretchTrack(c.stretch())));
        }
        return parts;
    }

    long length() {
        return end - start;
    }


    /**
     * "03 Knee to chest stretch.mp3": the number zero-padded to {@code digits}, the title made
     * safe for phone and PC file systems (no {@code / \ : * ? " < > |} or control characters, no
     * trailing dot or space, at most 80 characters).
     */
    String fileName(int digits, Format format) {
        String safe = title.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
        if (safe.codePointCount(0, safe.length()) > 80) {
            safe = safe.substring(0, safe.offsetByCodePoints(0, 80)).strip();
        }
        safe = safe.replaceAll("[. ]+$", "");
        String name = safe.isEmpty() ? untitled : safe;
        return String.format(java.util.Locale.ROOT, "%0" + digits + "d %s%s", number, name, format.extension());
    }
}
