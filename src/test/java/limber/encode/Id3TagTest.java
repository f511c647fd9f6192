package limber.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Id3TagTest {
    @TempDir
    Path dir;

    @Test
    void titleAndAlbumAreTwoLatin1TextFramesInAVersion23Tag() {
        byte[] expected = {
            'I', 'D', '3', 3, 0, 0, 0, 0, 0, 25,
            'T', 'I', 'T', '2', 0, 0, 0, 2, 0, 0, 0, 'T',
            'T', 'A', 'L', 'B', 0, 0, 0, 3, 0, 0, 0, 'A', 'b'};
        assertArrayEquals(expected, Id3Tag.of("T", "Ab").toBytes());
    }

    @Test
    void chapterIsCtocThenChapWithItsTitleAndMilliseconds() {
        byte[] tag = Id3Tag.of("T", "A").withChapters(List.of(new Id3Tag.Chapter("C", 1000, 70_000))).toBytes();
        byte[] ctoc = {
            'C', 'T', 'O', 'C', 0, 0, 0, 11, 0, 0,
            't', 'o', 'c', 0, 3, 1, 'c', 'h', 'p', '0', 0};
        byte[] chap = {
            'C', 'H', 'A', 'P', 0, 0, 0, 33, 0, 0,
            'c', 'h', 'p', '0', 0,
            0, 0, 0x03, (byte) 0xE8, 0, 1, 0x11, 0x70,
            -1, -1, -1, -1, -1, -1, -1, -1,
            'T', 'I', 'T', '2', 0, 0, 0, 2, 0, 0, 0, 'C'};
        byte[] frames = new byte[ctoc.length + chap.length];
        System.arraycopy(ctoc, 0, frames, 0, ctoc.length);
        System.arraycopy(chap, 0, frames, ctoc.length, chap.length);
        assertArrayEquals(frames, Arrays.copyOfRange(tag, 10 + 2 * 12, tag.length));
    }

    @Test
    void textBeyondLatin1IsUtf16WithByteOrderMark() {
        byte[] tag = Id3Tag.of("猫", "A").toBytes();
        assertArrayEquals(new byte[] {'T', 'I', 'T', '2', 0, 0, 0, 5, 0, 0, 1, (byte) 0xFF, (byte) 0xFE, (byte) 0x2B, (byte) 0x73},
                Arrays.copyOfRange(tag, 10, 25));
    }

    @Test
    void tagSizeIsSyncsafe() {
        byte[] tag = Id3Tag.of("x".repeat(200), "A").toBytes();
        int size = tag.length - 10; // TIT2 10 + 201, TALB 10 + 2: 223 = 0b1_1011111
        assertEquals(223, size);
        assertArrayEquals(new byte[] {0, 0, 1, 0x5F}, Arrays.copyOfRange(tag, 6, 10));
    }

    @Test
    void moreThan255ChaptersAreGroupedUnderChildTables() {
        List<Id3Tag.Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            chapters.add(new Id3Tag.Chapter("c" + i, i * 1000L, i * 1000L + 1000));
        }
        String tag = new String(Id3Tag.of("T", "A").withChapters(chapters).toBytes(), StandardCharsets.ISO_8859_1);
        // top-level ordered table of two children; each child ordered, not top-level
        assertEquals(tag.indexOf("CTOC\0\0\0\u0010\0\0toc\0\u0003\u0002toc0\0toc1\0"), tag.indexOf("CTOC"));
        int child0 = tag.indexOf("toc0\0\u0001\u00ff");
        int child1 = tag.indexOf("toc1\0\u0001\u002d");
        assertTrue(child0 > 0 && child1 > child0, "child tables of 255 and 45 chapters");
    }

    @Test
    void ffprobeReadsTitleAlbumTrackAndChapters() throws IOException {
        Path mp3 = dir.resolve("t.mp3");
        byte[] tag = Id3Tag.of("Étirement", "Limber").withTrack(2, 7).withChapters(List.of(
                new Id3Tag.Chapter("Introduction", 0, 1500),
                new Id3Tag.Chapter("Chat et vache 猫", 1500, 3000))).toBytes();
        Mp3Sink sink;
        try (OutputStream out = Files.newOutputStream(mp3)) {
            out.write(tag);
            sink = new Mp3Sink(out, 16_000);
            try (sink) {
                short[] tone = Mp3SinkTest.tone(3 * 16_000, 440);
                sink.write(tone, 0, tone.length);
            }
        }
        try (var f = new java.io.RandomAccessFile(mp3.toFile(), "rw")) {
            f.seek(tag.length);
            f.write(sink.infoFrame());
        }
        JsonNode probe = Ffmpeg.probe(mp3);
        JsonNode tags = probe.get("format").get("tags");
        assertEquals("Étirement", tags.get("title").asText());
        assertEquals("Limber", tags.get("album").asText());
        assertEquals("2/7", tags.get("track").asText());
        JsonNode chapters = probe.get("chapters");
        assertEquals(2, chapters.size());
        assertEquals("Introduction", chapters.get(0).get("tags").get("title").asText());
        assertEquals(0, chapters.get(0).get("start").asLong());
        assertEquals(1500, chapters.get(0).get("end").asLong());
        assertEquals("Chat et vache 猫", chapters.get(1).get("tags").get("title").asText());
        assertEquals(1500, chapters.get(1).get("start").asLong());
        assertEquals(3000, chapters.get(1).get("end").asLong());
        assertEquals(3 * 16_000, Ffmpeg.decode(mp3).length);
    }
}
