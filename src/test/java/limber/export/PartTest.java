package limber.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartTest {
    private static String name(int number, String title, int digits) {
        return new Part(number, title, 0, 1).fileName(digits, Format.MP3);
    }

    @Test
    void fileNameIsTheZeroPaddedNumberAndTheTitle() {
        assertEquals("03 Knee to chest stretch.mp3", name(3, "Knee to chest stretch", 2));
        assertEquals("012 Reach.mp3", name(12, "Reach", 3));
    }

    @Test
    void charactersPhonesAndPcsRejectBecomeUnderscores() {
        assertEquals("01 Cat_cow_ left_right_ _1_2_.mp3", name(1, "Cat/cow: left\\right? *1|2\"", 2));
        assertEquals("01 Line one_line two.mp3", name(1, "Line one\nline two", 2));
    }

    @Test
    void trailingDotsAndSpacesAreDroppedAndLongTitlesCut() {
        assertEquals("01 Reach up.mp3", name(1, "Reach up...", 2));
        assertEquals("01 " + "a".repeat(80) + ".mp3", name(1, "a".repeat(200), 2));
    }

    @Test
    void titleWithNothingLeftIsNamedByItsNumber() {
        assertEquals("04 Stretch 4.mp3", name(4, "...", 2));
    }
}
