package limber.timeline;

/**
 * A sound inside a hold, from sample {@code start}: a tone, then words, either of them null,
 * {@code length} samples in all. A countdown mark ("3." or a tick) or a breath cue.
 */
record Cue(long start, Earcon tone, String text, long length) {
    long end() {
        return start + length;
    }
}
