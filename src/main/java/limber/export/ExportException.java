package limber.export;

/**
 * An export that cannot start or finish, with a one-line message naming the file. {@code usage}
 * is true for the user's mistakes (exit 2: an existing target, a wrong extension), false for
 * runtime failures (exit 1: disk full, unwritable directory).
 */
public final class ExportException extends Exception {
    private final boolean usage;

    public ExportException(String message, boolean usage, Throwable cause) {
        super(message, cause);
        this.usage = usage;
    }

    public boolean usage() {
        return usage;
    }
}
