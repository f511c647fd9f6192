package limber.routine;

import java.util.List;

/**
 * A validated stretching routine. Defaults of the script format are already applied: a routine
 * never holds nulls except {@link #source()}. {@link #language()} is the BCP 47 tag of the language
 * it is written in, one Limber has words for ({@code en}, {@code de}, {@code pt-BR} ...).
 * {@code ready} ({@code "ready": true}): a live session waits before each hold until the user
 * says they are in position, as {@code play --ready} does (an export ignores it and settles as
 * usual). {@code checkIn} ({@code "checkIn": true}): a live session asks after each hold how it
 * felt, as {@code play --check-in} does. {@code safety} ({@code "safety": "..."}, null without
 * one): the routine's own safety line, said when a live session's check-ins hear "too much" twice
 * in a row. Neither is in an export.
 */
public record Routine(
        String title,
        String source,
        List<String> intro,
        List<HoldOption> holdOptions,
        int defaultHold,
        int restBetweenStretches,
        int settle,
        List<Integer> countdown,
        List<Stretch> stretches,
        String language,
        boolean ready,
        boolean checkIn,
        String safety) {

    public static final List<HoldOption> DEFAULT_HOLD_OPTIONS = List.of(
            new HoldOption(15, "gentle"),
            new HoldOption(30, "standard"),
            new HoldOption(45, "longer"));
    public static final int DEFAULT_HOLD = 30;
    public static final int DEFAULT_REST = 5;
    public static final int DEFAULT_SETTLE = 2;
    public static final List<Integer> DEFAULT_COUNTDOWN = List.of(10, 3, 2, 1);
    /**
     * The hold limits, in seconds, wherever a hold is set: a script's holds and options,
     * {@code --hold}, the timeline's options, the player's + key.
     */
    public static final int MIN_HOLD = 1;
    public static final int MAX_HOLD = 600;
    /**
     * Longest session, in seconds: 12 hours. It keeps every session a sane size (an export is at
     * most 1.4 GB, well inside the 4 GiB a WAV file can declare) and catches a script whose
     * numbers went wrong. The loader refuses a script whose fixed silences alone are longer; the
     * timeline compiler checks the exact length once speech and the chosen hold are known.
     */
    public static final int MAX_SESSION_SECONDS = 12 * 60 * 60;

    /** The language of a script without a {@code language} field. */
    public static final String DEFAULT_LANGUAGE = "en";

    /** A routine in English, without {@code "ready": true}: its holds start by themselves after {@code settle}. */
    public Routine(String title, String source, List<String> intro, List<HoldOption> holdOptions, int defaultHold,
                   int restBetweenStretches, int settle, List<Integer> countdown, List<Stretch> stretches) {
        this(title, source, intro, holdOptions, defaultHold, restBetweenStretches, settle, countdown, stretches,
                DEFAULT_LANGUAGE, false);
    }

    /** A routine in {@code language}, without {@code "ready": true}. */
    public Routine(String title, String source, List<String> intro, List<HoldOption> holdOptions, int defaultHold,
                   int restBetweenStretches, int settle, List<Integer> countdown, List<Stretch> stretches,
                   String language) {
        this(title, source, intro, holdOptions, defaultHold, restBetweenStretches, settle, countdown, stretches,
                language, false);
    }

    /** A routine in English, with {@code "ready": true} or not. */
    public Routine(String title, String source, List<String> intro, List<HoldOption> holdOptions, int defaultHold,
                   int restBetweenStretches, int settle, List<Integer> countdown, List<Stretch> stretches,
                   boolean ready) {
        this(title, source, intro, holdOptions, defaultHold, restBetweenStretches, settle, countdown, stretches,
                DEFAULT_LANGUAGE, ready);
    }

    /** A routine in {@code language}, with {@code "ready": true} or not, without check-ins or a safety line. */
    public Routine(String title, String source, List<String> intro, List<HoldOption> holdOptions, int defaultHold,
                   int restBetweenStretches, int settle, List<Integer> countdown, List<Stretch> stretches,
                   String language, boolean ready) {
        this(title, source, intro, holdOptions, defaultHold, restBetweenStretches, settle, countdown, stretches,
                language, ready, false, null);
    }

    public Routine {
        java.util.Objects.requireNonNull(language, "language");
        intro = List.copyOf(intro);
        holdOptions = List.copyOf(holdOptions);
        countdown = List.copyOf(countdown);
        stretches = List.copyOf(stretches);
    }

    /** Number of holds that take the chosen hold length ({@code {"hold": true}}). */
    public int chosenHolds() {
        return (int) stretches.stream().flatMap(s -> s.steps().stream())
                .filter(s -> s instanceof Step.Hold h && h.seconds() == null).count();
    }

    /** All holds, chosen and fixed. */
    public int holds() {
        return (int) stretches.stream().flatMap(s -> s.steps().stream())
                .filter(s -> s instanceof Step.Hold).count();
    }
}
