package limber.importer;

/**
 * An article that yields no routine. The message is one line without the article's name, e.g.
 * {@code no numbered stretch headings found}; {@link #line()} is the article line it is about, or
 * 0 when it is about the whole text.
 */
public final class ImportException extends Exception {
    private final int line;

    ImportException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
