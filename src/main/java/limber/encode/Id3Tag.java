package limber.encode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An ID3v2.3 tag for the front of an MP3 file: title (TIT2), album (TALB), optionally the track
 * (TRCK) and chapters (ID3v2 Chapter Frame Addendum: one CTOC listing CHAP frames, each with its
 * own TIT2). Immutable.
 *
 * <pre>{@code
 * byte[] tag = Id3Tag.of("Back spasm relief", "Limber")
 *         .withChapters(List.of(new Id3Tag.Chapter("Introduction", 0, 24_410),
 *                               new Id3Tag.Chapter("Knee to chest stretch", 24_410, 130_000)))
 *         .toBytes();   // "ID3" 3 0 ... TIT2 TALB CTOC CHAP CHAP
 * }</pre>
 *
 * <p>Version 2.3 rather than 2.4: it is the one every phone and podcast player reads, and it
 * carries chapters just as well. Text is ISO-8859-1 when it fits, else UTF-16 with a byte-order
 * mark (2.3 has no UTF-8); control characters become spaces.
 */
public final class Id3Tag {
    /** A chapter from {@code startMillis} (inclusive) to {@code endMillis}. */
    public record Chapter(String title, long startMillis, long endMillis) {
        public Chapter {
            if (startMillis < 0 || endMillis < startMillis || endMillis > MAX_MILLIS) {
                throw new IllegalArgumentException("chapter \"" + title + "\": bad span " + startMillis + ".." + endMillis + " ms");
            }
        }
    }

    /** CHAP times are unsigned 32-bit milliseconds. */
    static final long MAX_MILLIS = 0xFFFF_FFFFL;
    /** A CTOC's entry count is one byte: more chapters are grouped under child tables. */
    static final int MAX_ENTRIES = 255;
    private static final int MAX_TAG_SIZE = (1 << 28) - 1;

    private final String title;
    private final String album;
    private final String track;
    private final List<Chapter> chapters;

    private Id3Tag(String title, String album, String track, List<Chapter> chapters) {
        this.title = title;
        this.album = album;
        this.track = track;
        this.chapters = List.copyOf(chapters);
    }

    public static Id3Tag of(String title, String album) {
        return new Id3Tag(title, album, null, List.of());
    }

    /** "3/7": track 3 of 7. */
    public Id3Tag withTrack(int number, int total) {
        if (number < 0 || number > total) {
            throw new IllegalArgumentException("track " + number + " of " + total);
        }
        return new Id3Tag(title, album, number + "/" + total, chapters);
    }

    /** Chapters in playing order. */
    public Id3Tag withChapters(List<Chapter> chapters) {
        return new Id3Tag(title, album, track, chapters);
    }

    public byte[] toBytes() {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        frames.writeBytes(text("TIT2", title));
        frames.writeBytes(text("TALB", album));
        if (track != null) {
            frames.writeBytes(text("TRCK", track));
        }
        if (!chapters.isEmpty()) {
            writeTables(frames);
            for (int i = 0; i < chapters.size(); i++) {
                frames.writeBytes(chap("chp" + i, chapters.get(i)));
            }
        }
        if (frames.size() > MAX_TAG_SIZE) {
            throw new IllegalArgumentException("ID3 tag of " + frames.size() + " bytes is too large");
        }
        ByteArrayOutputStream tag = new ByteArrayOutputStream(10 + frames.size());
        tag.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0});
        int size = frames.size();
        // the tag's size is "syncsafe": 7 bits a byte
        tag.writeBytes(new byte[] {(byte) (size >> 21 & 0x7F), (byte) (size >> 14 & 0x7F),
                (byte) (size >> 7 & 0x7F), (byte) (size & 0x7F)});
        tag.writeBytes(frames.toByteArray());
        return tag.toByteArray();
    }

    /** One top-level ordered table, or, past 255 chapters, a top table of child tables. */
    private void writeTables(ByteArrayOutputStream frames) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            ids.add("chp" + i);
        }
        if (ids.size() <= MAX_ENTRIES) {
            frames.writeBytes(ctoc("toc", true, ids));
            return;
        }
        List<String> children = new ArrayList<>();
        List<byte[]> childFrames = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX_ENTRIES) {
            String id = "toc" + children.size();
            children.add(id);
            childFrames.add(ctoc(id, false, ids.subList(from, Math.min(ids.size(), from + MAX_ENTRIES))));
        }
        frames.writeBytes(ctoc("toc", true, children));
        childFrames.forEach(frames::writeBytes);
    }

    private static byte[] ctoc(String id, boolean topLevel, List<String> entries) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        latin1z(body, id);
        body.write((topLevel ? 0b10 : 0) | 0b01); // bit 1 top-level, bit 0 ordered
        body.write(entries.size());
        entries.forEach(e -> latin1z(body, e));
        return frame("CTOC", body.toByteArray());
    }

    private static byte[] chap(String id, Chapter c) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        latin1z(body, id);
        be32(body, c.startMillis());
        be32(body, c.endMillis());
        be32(body, 0xFFFF_FFFFL); // no byte offsets: players seek by time
        be32(body, 0xFFFF_FFFFL);
        body.writeBytes(text("TIT2", c.title()));
        return frame("CHAP", body.toByteArray());
    }

    private static byte[] text(String id, String value) {
        String clean = value.replaceAll("\\p{Cntrl}", " ");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (clean.chars().allMatch(c -> c <= 0xFF)) {
            body.write(0);
            body.writeBytes(clean.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            body.write(1);
            body.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
            body.writeBytes(clean.getBytes(StandardCharsets.UTF_16LE));
        }
        return frame(id, body.toByteArray());
    }

    /** A v2.3 frame: id, plain 32-bit size, two flag bytes, body. */
    private static byte[] frame(String id, byte[] body) {
        ByteArrayOutputStream f = new ByteArrayOutputStream(10 + body.length);
        f.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        be32(f, body.length);
        f.write(0);
        f.write(0);
        f.writeBytes(body);
        return f.toByteArray();
    }

    private static void latin1z(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
    }

    private static void be32(ByteArrayOutputStream out, long v) {
        out.write((int) (v >> 24) & 0xFF);
        out.write((int) (v >> 16) & 0xFF);
        out.write((int) (v >> 8) & 0xFF);
        out.write((int) v & 0xFF);
    }
}
