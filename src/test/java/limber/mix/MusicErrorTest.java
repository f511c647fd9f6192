package limber.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every music file Limber cannot use gives its one line, naming the file and the formats, and
 * no decoder library prints anything on the way (System.out and System.err are watched).
 */
class MusicErrorTest {
    static final String FORMATS = " (music can be WAV, FLAC, MP3 or Ogg Vorbis)";

    @TempDir
    static Path made;
    static Path mp3;
    static Path flac;
    static Path ogg;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream out;
    private PrintStream err;

    @BeforeAll
    static void makeMusic() throws IOException {
        Path src = MusicFiles.tone(made.resolve("src.wav"), 44_100, 2, MusicFiles.TONE, MusicFiles.SECONDS, false);
        mp3 = MusicFiles.encode(src, made.resolve("tone.mp3"), "-c:a", "libmp3lame", "-b:a", "128k");
        flac = MusicFiles.encode(src, made.resolve("tone.flac"), "-c:a", "flac");
        ogg = MusicFiles.encode(src, made.resolve("tone.ogg"), "-c:a", "libvorbis");
    }

    @BeforeEach
    void watchTheConsole() {
        out = System.out;
        err = System.err;
        PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    @AfterEach
    void nothingWasPrinted() {
        System.setOut(out);
        System.setErr(err);
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "a decoder printed");
    }

    private static String line(Path file) {
        return assertThrows(MusicException.class, () -> Music.open(file, 22_050, 22_050 * 60L)).getMessage();
    }

    @Test
    void aMissingFile() {
        Path f = dir.resolve("song.mp3");
        assertEquals(f + ": cannot read: no such file" + FORMATS, line(f));
    }

    @Test
    void aFolder() {
        assertEquals(dir + ": cannot read: it is a folder, not a file" + FORMATS, line(dir));
    }

    @Test
    void aFileNobodyMayRead() throws Exception {
        Path f = Files.copy(mp3, dir.resolve("locked.mp3"));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(f)) {
            // root reads it all the same (as cat would): then it is music like any other
            try (Music m = Music.open(f, 16_000, 16_000)) {
                assertEquals(16_000, m.length());
            }
        } else {
            assertEquals(f + ": cannot read: permission denied" + FORMATS, line(f));
        }
    }

    @Test
    void anEmptyFile() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.flac"));
        assertEquals(f + ": the file is empty" + FORMATS, line(f));
    }

    @Test
    void randomBytes() throws Exception {
        byte[] b = new byte[50_000];
        new Random(11).nextBytes(b);
        b[0] = 0x12; // not by chance the first byte of an MPEG frame
        Path f = Files.write(dir.resolve("noise.ogg"), b);
        assertEquals(f + ": not a format Limber can read" + FORMATS, line(f));
    }

    @Test
    void aTextFileNamedMp3() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.mp3"), "Stretch playlist\nside 1\n");
        assertEquals(f + ": not a format Limber can read" + FORMATS, line(f));
    }

    @Test
    void aWavWithoutSamples() throws Exception {
        Path f = MusicFiles.wav(dir.resolve("silent.wav"), 44_100, 2, new short[0]);
        assertEquals(f + ": no samples in it: the WAV holds no sound" + FORMATS, line(f));
    }

    @Test
    void aStreamedWavWithoutALengthIsReadToItsEnd() throws Exception {
        // what a writer to a pipe leaves: a data chunk of length 0, the samples after it
        Path f = MusicFiles.tone(dir.resolve("streamed.wav"), 16_000, 1, MusicFiles.TONE, 1, false);
        byte[] b = Files.readAllBytes(f);
        Arrays.fill(b, 40, 44, (byte) 0);
        Files.write(f, b);
        try (Music m = Music.open(f, 16_000, 16_000)) {
            assertEquals(16_000, m.fileSamples());
        }
        Path empty = Files.write(dir.resolve("streamed-empty.wav"), Arrays.copyOf(b, 44));
        assertEquals(empty + ": no samples in it: the WAV holds no sound" + FORMATS, line(empty));
    }

    @Test
    void aWavOfAnEncodingLimberDoesNotRead() throws Exception {
        Path f = MusicFiles.encode(made.resolve("src.wav"), dir.resolve("adpcm.wav"), "-c:a", "adpcm_ms");
        assertEquals(f + ": not a format Limber can read: WAV with format tag 2 and 4-bit samples "
                + "(it reads PCM and float WAV)" + FORMATS, line(f));
    }

    @Test
    void oggWithoutVorbis() throws Exception {
        Path f = MusicFiles.encode(made.resolve("src.wav"), dir.resolve("tone.oga"), "-c:a", "flac");
        assertEquals(f + ": not a format Limber can read" + FORMATS, line(f));
    }

    @Test
    void aTruncatedMp3() throws Exception {
        Path f = cut(mp3, "cut.mp3");
        assertEquals(f + ": truncated MP3 data: the file ends at " + Files.size(f) + " bytes, inside a frame" + FORMATS, line(f));
    }

    @Test
    void aTruncatedFlac() throws Exception {
        Path f = cut(flac, "cut.flac");
        String got = line(f);
        Matcher m = Pattern.compile(Pattern.quote(f + ": truncated FLAC data: the file ends at " + Files.size(f)
                + " bytes, after ") + "(\\d+)" + Pattern.quote(" of its 441000 samples" + FORMATS)).matcher(got);
        assertTrue(m.matches(), got);
        long decoded = Long.parseLong(m.group(1));
        assertTrue(decoded > 0 && decoded < 441_000, got);
    }

    @Test
    void aTruncatedOggVorbis() throws Exception {
        Path f = cut(ogg, "cut.ogg");
        assertEquals(f + ": truncated Ogg Vorbis data: the file ends at " + Files.size(f)
                + " bytes, before the stream's last page" + FORMATS, line(f));
    }

    @Test
    void damageInsideAnMp3() throws Exception {
        assertDamageIsFound(mp3, "MP3");
    }

    @Test
    void damageInsideAFlac() throws Exception {
        assertDamageIsFound(flac, "FLAC");
    }

    @Test
    void damageInsideAnOggVorbis() throws Exception {
        assertDamageIsFound(ogg, "Ogg Vorbis");
    }

    /** 400 random bytes over the middle of the file: reported as corrupt, at or after where they start. */
    private void assertDamageIsFound(Path good, String format) throws Exception {
        byte[] b = Files.readAllBytes(good);
        int at = b.length / 2;
        Random r = new Random(5);
        for (int i = at; i < at + 400; i++) {
            b[i] = (byte) r.nextInt(256);
        }
        Path f = Files.write(dir.resolve("damaged-" + good.getFileName()), b);
        String got = line(f);
        Matcher m = Pattern.compile(Pattern.quote(f + ": corrupt " + format + " data at ") + "(\\d+)"
                + Pattern.quote(" bytes" + FORMATS)).matcher(got);
        assertTrue(m.matches(), got);
        long where = Long.parseLong(m.group(1));
        assertTrue(where >= at - 2048 && where <= b.length, where + " for damage at " + at + " of " + b.length);
    }

    @Test
    void noiseInFlacDecodesWithoutAWord() throws Exception {
        // incompressible input is where FLAC encoders use escape-coded residuals, on which jFLAC prints
        Path noise = MusicFiles.noise(dir.resolve("noise.wav"), 44_100, 3, 9);
        Path f = MusicFiles.encode(noise, dir.resolve("noise.flac"), "-c:a", "flac");
        try (Music m = Music.open(f, 16_000, 48_000)) {
            assertEquals(48_000, m.fileSamples());
        }
    }

    @Test
    void theLineIsOneLine() throws Exception {
        Path f = Files.write(dir.resolve("two\nlines.wav"), new byte[] {1, 2, 3});
        assertEquals(dir + "/two\\nlines.wav: not a format Limber can read" + FORMATS, line(f));
    }

    private Path cut(Path good, String name) throws IOException {
        byte[] b = Files.readAllBytes(good);
        return Files.write(dir.resolve(name), Arrays.copyOf(b, b.length * 3 / 5 + 101));
    }
}
