package limber.player;

import java.io.IOException;

/**
 * Turns the characters a terminal sends into one {@link Input} per key pressed. An escape
 * sequence (a function key, an arrow, Home, End, Alt with a letter) is read whole and is never
 * taken for the letters in it: F2 sends {@code ESC O Q}, and that Q is not q.
 *
 * <p>Arrows: left previous step, right next step, up longer holds, down shorter holds (with any
 * modifier). Every other sequence, and a lone Escape, is {@link Input.Unknown}.
 *
 * <pre>
 * ESC [ A / ESC O A      up        ESC [ 1 ; 5 C   Ctrl-right (right)
 * ESC O P .. ESC O S     F1-F4     ESC [ 15 ~ ..   F5-F12, Home, End, Insert, Delete, PgUp, PgDn
 * ESC [ [ A .. E         F1-F5 on the Linux console
 * </pre>
 */
final class KeyDecoder {
    /** Where characters come from; {@link #TIMEOUT} when none came within the time. */
    interface Source {
        int read(long millis) throws IOException;
    }

    static final int EOF = -1;
    static final int TIMEOUT = -2;
    private static final int ESC = 27;
    /** The rest of a sequence arrives together with its ESC; a lone ESC is followed by nothing this long. */
    private static final long SEQUENCE_MILLIS = 50;
    private static final int LONGEST = 16;

    private KeyDecoder() {
    }

    /**
     * The next key from {@code in}, waiting up to {@code millis} for it to begin: null when none
     * came, {@link Input.Closed} at end of input, {@link Input.Unknown} for a key that means nothing.
     */
    static Input next(Source in, long millis) throws IOException {
        int c = in.read(millis);
        if (c == TIMEOUT) {
            return null;
        }
        if (c == EOF) {
            return new Input.Closed();
        }
        if (c != ESC) {
            Input input = Keyboard.of(c);
            return input != null ? input : new Input.Unknown();
        }
        return escape(in);
    }

    /** After an ESC: the whole sequence is consumed, whatever it is. */
    private static Input escape(Source in) throws IOException {
        int d = in.read(SEQUENCE_MILLIS);
        if (d == '[') {
            return csi(in);
        }
        if (d == 'O') {
            int e = in.read(SEQUENCE_MILLIS);
            while (e >= '0' && e <= '9' || e == ';') { // a modifier, as in ESC O 5 A
                e = in.read(SEQUENCE_MILLIS);
            }
            return arrow(e);
        }
        if (d == ESC) {
            escape(in); // Alt with a key that sends a sequence: still one key, and it means nothing
        }
        return new Input.Unknown(); // a lone Escape, or Alt with a letter
    }

    /** Control sequence: parameters, intermediates, then one final byte in @..~. */
    private static Input csi(Source in) throws IOException {
        int c = in.read(SEQUENCE_MILLIS);
        if (c == '[') { // the Linux console's F1-F5: ESC [ [ A
            in.read(SEQUENCE_MILLIS);
            return new Input.Unknown();
        }
        for (int n = 0; n < LONGEST && c >= 0; n++) {
            if (c >= 0x40 && c <= 0x7e) {
                return arrow(c);
            }
            c = in.read(SEQUENCE_MILLIS);
        }
        return new Input.Unknown();
    }

    private static Input arrow(int c) {
        return switch (c) {
            case 'A' -> Input.Control.LONGER;
            case 'B' -> Input.Control.SHORTER;
            case 'C' -> Input.Control.NEXT;
            case 'D' -> Input.Control.PREVIOUS;
            default -> new Input.Unknown();
        };
    }
}
