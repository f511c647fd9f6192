package limber.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaptionsTest {
    @Test
    void timesAreMillisecondsRoundedDown() {
        assertEquals("00:00:00.000", Captions.time(0));
        assertEquals("00:00:00.001", Captions.time(31));
        assertEquals("00:01:01.500", Captions.time(61L * 16_000 + 8000));
        assertEquals("02:00:00.000", Captions.time(7200L * 16_000));
    }
}
