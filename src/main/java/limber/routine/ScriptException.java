package limber.routine;

/**
 * A script that cannot be used. The message is one line, {@code FILE:LINE:COL: what was wrong},
 * ready to print after {@code "limber: "}.
 */
public final class ScriptException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public ScriptException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without its location. */
    public String problem() {
        return problem;
    }
}
