package limber.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaptionsTest {
    @Test
    void timesAreHoursMinutesSecondsAndMilliseconds() {
        assertEquals("00:00:00.000", Captions.time(0));
        assertEquals("00:00:00.001", Captions.time(1));
        assertEquals("00:01:01.500", Captions.time(61_500));
        assertEquals("02:00:00.000", Captions.time(7_200_000));
    }
}
