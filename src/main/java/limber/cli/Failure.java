package limber.cli;

/** Ends a command with one line on stderr and an exit status. */
final class Failure extends Exception {
    static final int RUNTIME = 1;
    static final int USAGE = 2;

    private final int status;

    Failure(int status, String message) {
        super(message);
        this.status = status;
    }

    static Failure usage(String message) {
        return new Failure(USAGE, message);
    }

    static Failure runtime(String message) {
        return new Failure(RUNTIME, message);
    }

    int status() {
        return status;
    }
}
