package limber.importer;

/**
 * One entry of the import report: what happened to article line {@code line} (1-based), e.g.
 * {@code dropped (advertising or sign-up): "Sign up to get the BEST of Tom's Guide..."}.
 */
public record Note(int line, Kind kind, String message) {

    /** What the importer did with the line. */
    public enum Kind {
        /** The whole line is left out of the routine. */
        DROPPED,
        /** Part of a line was kept; this sentence was not. */
        SENTENCE_DROPPED,
        /** A heading with no bullet steps: the stretch is left out. */
        STRETCH_DROPPED,
        /** Sentences read as the routine's hold options. */
        HOLD_OPTIONS,
        /** A step that mentions holding but gives no length the importer reads: spoken as written. */
        SPOKEN_HOLD,
        /** A hold made once per side ("on each side", "Repeat on the other side."). */
        PER_SIDE,
        /** A hold given in breaths: a hold in breaths, at the default breath length. */
        BREATHS
    }
}
