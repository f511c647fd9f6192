package limber.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What xterm, tmux and the Linux console send, decoded key by key. */
class KeyDecoderTest {
    private static final Input UNKNOWN = new Input.Unknown();

    /** Decodes {@code sent} (a pause between keys written as TIMEOUT) until it runs out. */
    private static List<Input> keys(int... sent) throws IOException {
        Deque<Integer> queue = new ArrayDeque<>();
        for (int c : sent) {
            queue.add(c);
        }
        KeyDecoder.Source in = millis -> queue.isEmpty() ? KeyDecoder.EOF : queue.poll();
        List<Input> keys = new ArrayList<>();
        for (Input k; !((k = KeyDecoder.next(in, 50)) instanceof Input.Closed); ) {
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static int[] chars(String s) {
        return s.chars().toArray();
    }

    @Test
    void functionKeysAreNeverTheLettersTheyEndWith() throws IOException {
        // F1..F4 (ESC O P..S), F5 and F12 (ESC [ 15 ~, ESC [ 24 ~), Shift-F2 (ESC [ 1 ; 2 Q)
        assertEquals(List.of(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN),
                keys(chars("\033OP\033OQ\033OR\033OS\033[15~\033[24~\033[1;2Q")));
    }

    @Test
    void homeEndInsertDeleteAndPagesMeanNothing() throws IOException {
        assertEquals(List.of(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN),
                keys(chars("\033[H\033[F\033[1~\033[4~\033[2~\033[3~\033[5~\033[6~")));
    }

    @Test
    void arrowsStepAndChangeHoldsInEitherCursorMode() throws IOException {
        List<Input> expected = List.of(Input.Control.LONGER, Input.Control.SHORTER, Input.Control.NEXT,
                Input.Control.PREVIOUS);
        assertEquals(expected, keys(chars("\033[A\033[B\033[C\033[D")));
        assertEquals(expected, keys(chars("\033OA\033OB\033OC\033OD")));
        assertEquals(List.of(Input.Control.NEXT), keys(chars("\033[1;5C")), "Ctrl-right is still right");
    }

    @Test
    void linuxConsoleFunctionKeysAreReadWhole() throws IOException {
        assertEquals(List.of(UNKNOWN, Input.Control.NEXT), keys(chars("\033[[Bn")));
    }

    @Test
    void loneEscapeThenALetterLaterIsEscapeAndTheLetter() throws IOException {
        assertEquals(List.of(UNKNOWN, Input.Control.QUIT), keys(27, KeyDecoder.TIMEOUT, 'q'));
    }

    @Test
    void altWithALetterIsNotTheLetter() throws IOException {
        assertEquals(List.of(UNKNOWN, UNKNOWN), keys(chars("\033q\033\033[A")));
    }

    @Test
    void plainKeysAreTheirControlsAndOthersUnknown() throws IOException {
        assertEquals(List.of(Input.Control.PAUSE_RESUME, Input.Control.TIME_LEFT, new Input.Answer(3, 0), UNKNOWN),
                keys(chars(" t3x")));
    }
}
