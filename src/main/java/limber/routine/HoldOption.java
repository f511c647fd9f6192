package limber.routine;

/** One choice of the hold-length menu: {@code 30} seconds, spoken as {@code "standard"}. */
public record HoldOption(int seconds, String label) {
}
