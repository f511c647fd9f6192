package limber.routine;

import java.util.List;

/**
 * A validated stretching routine. Defaults of the script format are already applied: a routine
 * never holds nulls except {@link #source()}. {@link #language()} is the BCP 47 tag of the language
 * it is written in, one Limber has words for ({@code en}, {@code de}, {@code pt-BR} ...).
 * {@code ready} ({@code "ready": true}): a live session waits before each hold until the user
 * says they are in position, as {@code play --ready} does (an export ignores it and settles as
 * usual). {@code breath} ({@code "breath": 5}) is how long one breath of a hold in breaths
 * ({@code {"hold": true, "breaths": 5}}) lasts, in seconds: {@link #MIN_BREATH}..{@link #MAX_BREATH}
 * in tenths of a second, {@link #DEFAULT_BREATH} when not given. {@code checkIn}
 * ({@code "checkIn": true}): a live session asks after each hold how it felt, as
 * {@code play --check-in} does. {@code safety} ({@code "safety": "..."}, null without one): the
 * routine's own safety line, said when a live session's check-ins hear "too much" twice in a row.
 * Neither is in an export.
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
        String safety,
        double breath) {

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

    /**
     * One breath of a hold in breaths, in seconds, when the script gives no {@code breath}: an
     * unhurried breath, about 2 s in and 3 s out (12 breaths a minute, a calm adult's pace).
     */
    public static final double DEFAULT_BREATH = 5;
    /**
     * The bounds of {@code breath}: 2 s is a quick breath, 15 s a very slow one (4 breaths a
     * minute, as slow breathing exercises go); in between, any length in tenths of a second.
     */
    public static final double MIN_BREATH = 2;
    public static final double MAX_BREATH = 15;

    /** The language of a script without a {@code language} field. */
    public static final String DEFAULT_LANGUAGE = "en";

    /** A routine with breaths of {@link #DEFAULT_BREATH} seconds, without check-ins or a safety line. */
    public Routine(String title, String source, List<String> intro, List<HoldOption> holdOptions, int defaultHold,
                   int restBetweenStretches, int settle, List<Integer> countdown, List<Stretch> stretches,
                   String language, boolean ready) {
        this(title, source, intro, holdOptions, defaultHold, restBetweenStretches, settle, countdown, stretches,
                language, ready, false, null, DEFAULT_BREATH);
    }

    /** A routine with breaths of {@code breath} seconds, without check-ins or a safety line. */
    public Routine(String title, String source, List<String> intro, List<HoldOption> holdOptions, int defaultHold,
                   int restBetweenStretches, int settle, List<Integer> countdown, List<Stretch> stretches,
                   String language, boolean ready, double breath) {
        this(title, source, intro, holdOptions, defaultHold, restBetweenStretches, settle, countdown, stretches,
                language, ready, false, null, breath);
    }

    /** A routine with breaths of {@link #DEFAULT_BREATH} seconds, check-ins on or off, and its safety line (or null). */
    public Routine(String title, String source, List<String> intro, List<HoldOption> holdOptions, int defaultHold,
                   int restBetweenStretches, int settle, List<Integer> countdown, List<Stretch> stretches,
                   String language, boolean ready, boolean checkIn, String safety) {
        this(title, source, intro, holdOptions, defaultHold, restBetweenStretches, settle, countdown, stretches,
                language, ready, checkIn, safety, DEFAULT_BREATH);
    }

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

    public Routine {
        java.util.Objects.requireNonNull(language, "language");
        // written so that NaN fails too
        if (!(breath >= MIN_BREATH && breath <= MAX_BREATH)) {
            throw new IllegalArgumentException("breath must be " + MIN_BREATH + ".." + MAX_BREATH + " seconds, got " + breath);
        }
        intro = List.copyOf(intro);
        holdOptions = List.copyOf(holdOptions);
        countdown = List.copyOf(countdown);
        stretches = List.copyOf(stretches);
    }

    /** {@code 5} or {@code 4.5}: seconds in tenths (a breath, a hold in breaths), without a trailing {@code .0}. */
    public static String seconds(double seconds) {
        long tenths = Math.round(seconds * 10);
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }

    /** Number of holds that take the chosen hold length ({@code {"hold": true}} without breaths). */
    public int chosenHolds() {
        return (int) stretches.stream().flatMap(s -> s.steps().stream())
                .filter(s -> s instanceof Step.Hold h && h.chosen()).count();
    }

    /** Number of holds in breaths ({@code {"hold": true, "breaths": 5}}). */
    public int breathHolds() {
        return (int) stretches.stream().flatMap(s -> s.steps().stream())
                .filter(s -> s instanceof Step.Hold h && h.breaths() != null).count();
    }

    /** The length of a hold of {@code breaths} breaths, in seconds: {@code breaths} times {@link #breath()}. */
    public double breathHoldSeconds(int breaths) {
        return Math.round(breath * 10) * (long) breaths / 10.0;
    }

    /** All holds, chosen and fixed. */
    public int holds() {
        return (int) stretches.stream().flatMap(s -> s.steps().stream())
                .filter(s -> s instanceof Step.Hold).count();
    }
}
