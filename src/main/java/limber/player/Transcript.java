package limber.player;

import java.io.PrintStream;

/**
 * The session as text: one line per spoken line; when {@code live} (a terminal), inside holds a
 * countdown on one updating line, cleared by the next spoken line.
 */
public final class Transcript implements Listener {
    private final PrintStream out;
    private final boolean live;
    private boolean counting;

    public Transcript(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
    }

    @Override
    public void line(String text) {
        if (counting) {
            out.print("\r\033[K");
            counting = false;
        }
        out.println(text);
        out.flush();
    }

    @Override
    public void holdLeft(int seconds) {
        if (live) {
            out.print("\r\033[K  [hold: " + seconds + " s left]");
            out.flush();
            counting = true;
        }
    }
}
