package limber.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import limber.audio.Clip;
import limber.audio.ClipBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingNarratorTest {
    static final List<String> LINES = List.of(
            "Stretch 1 of 6: Knee to chest stretch.",
            "Hold for 30 seconds.",
            "Release.");

    @TempDir
    Path dir;

    // --- with real FreeTTS ---

    @Test
    void secondNarrationSynthesizesNothingAndLoadsNoVoice() throws IOException {
        List<Clip> first = new ArrayList<>();
        try (CachingNarrator n = new CachingNarrator(FreeTtsNarrator.open("kevin16", 150), dir)) {
            for (String line : LINES) {
                first.add(n.say(line));
            }
            assertEquals(3, n.synthesized());
            assertEquals(0, n.hits());
        }
        FreeTtsNarrator freeTts = FreeTtsNarrator.open("kevin16", 150);
        try (CachingNarrator n = new CachingNarrator(freeTts, dir)) {
            List<Clip> second = new ArrayList<>();
            for (String line : LINES) {
                second.add(n.say(line));
            }
            assertEquals(first, second);
            assertEquals(0, n.synthesized());
            assertEquals(3, n.hits());
            assertFalse(freeTts.isLoaded());
            assertEquals(Optional.empty(), n.warning());
        }
    }

    @Test
    void truncatedEntryIsMadeAgainAndReplaced() throws IOException {
        String line = "Hold for 30 seconds.";
        Path entry;
        byte[] good;
        try (CachingNarrator n = new CachingNarrator(FreeTtsNarrator.open("kevin16", 150), dir)) {
            Clip clip = n.say(line);
            entry = entryOf(n, line);
            good = Files.readAllBytes(entry);
            Files.write(entry, java.util.Arrays.copyOf(good, good.length - 101));

            assertEquals(clip, n.say(line));
            assertEquals(2, n.synthesized());
            assertEquals(0, n.hits());
            assertArrayEquals(good, Files.readAllBytes(entry));
            assertEquals(clip, n.say(line));
            assertEquals(1, n.hits());
        }
    }

    @Test
    void rateIsPartOfTheKeyWithRealSpeech() throws IOException {
        try (CachingNarrator normal = new CachingNarrator(FreeTtsNarrator.open("kevin16", 150), dir);
                CachingNarrator fast = new CachingNarrator(FreeTtsNarrator.open("kevin16", 300), dir)) {
            Clip slowClip = normal.say("Release.");
            Clip fastClip = fast.say("Release.");
            assertEquals(1, fast.synthesized());
            assertTrue(fastClip.length() < slowClip.length());
        }
    }

    // --- the cache's own logic, with a counting fake ---

    @Test
    void corruptedSampleByteIsDetected() throws IOException {
        CachingNarrator n = new CachingNarrator(new CountingNarrator(), dir);
        Clip clip = n.say("Release.");
        Path entry = entryOf(n, "Release.");
        byte[] good = Files.readAllBytes(entry);
        byte[] bad = good.clone();
        bad[bad.length - 3] ^= 0x01;
        Files.write(entry, bad);

        assertEquals(clip, n.say("Release."));
        assertEquals(2, n.synthesized());
        assertArrayEquals(good, Files.readAllBytes(entry));
    }

    @Test
    void sayIntoReadsTheSameSamplesAsSayOnAMissAHitAndADamagedEntry() throws IOException {
        CountingNarrator inner = new CountingNarrator();
        CachingNarrator n = new CachingNarrator(inner, dir);
        ClipBuffer buffer = new ClipBuffer();
        Clip release = CountingNarrator.clipFor("fake", "alto", 150, "Release.");

        n.sayInto("Release.", buffer); // a miss: synthesized and stored
        assertEquals(release, buffer.toClip());
        assertEquals(1, n.synthesized());

        n.sayInto("Hold for 30 seconds.", buffer); // another, longer line into the same buffer
        n.sayInto("Release.", buffer); // a hit, shorter than what the buffer held
        assertEquals(release, buffer.toClip());
        assertEquals(release.length(), buffer.length());
        assertEquals(2, n.synthesized());
        assertEquals(1, n.hits());

        Path entry = entryOf(n, "Release.");
        byte[] bad = Files.readAllBytes(entry);
        bad[bad.length - 3] ^= 0x01;
        Files.write(entry, bad);
        n.sayInto("Release.", buffer); // damaged: made again, and the same samples
        assertEquals(release, buffer.toClip());
        assertEquals(3, n.synthesized());
        assertEquals(release, n.say("Release."));
        assertEquals(2, n.hits());
        assertEquals(List.of("Release.", "Hold for 30 seconds.", "Release."), inner.said);
    }

    @Test
    void sayIntoWithRealFreeTtsGivesTheClipSayGives() throws IOException {
        String line = "Place both hands around your left knee.";
        Clip said;
        try (CachingNarrator n = new CachingNarrator(FreeTtsNarrator.open("kevin16", 150), dir)) {
            said = n.say(line);
        }
        try (CachingNarrator n = new CachingNarrator(FreeTtsNarrator.open("kevin16", 150), dir)) {
            ClipBuffer buffer = new ClipBuffer();
            n.sayInto(line, buffer);
            assertEquals(said, buffer.toClip());
            assertEquals(1, n.hits());
            assertEquals(0, n.synthesized());
        }
    }

    @Test
    void corruptedMagicIsDetected() throws IOException {
        CachingNarrator n = new CachingNarrator(new CountingNarrator(), dir);
        n.say("Release.");
        Path entry = entryOf(n, "Release.");
        byte[] bad = Files.readAllBytes(entry);
        bad[7] = '1'; // "LIMBERC1", the format before the engine version and sample rate
        Files.write(entry, bad);

        n.say("Release.");
        assertEquals(2, n.synthesized());
    }

    @Test
    void overlongEntryIsDetected() throws IOException {
        CachingNarrator n = new CachingNarrator(new CountingNarrator(), dir);
        n.say("Release.");
        Files.write(entryOf(n, "Release."), new byte[] {0, 0}, java.nio.file.StandardOpenOption.APPEND);

        n.say("Release.");
        assertEquals(2, n.synthesized());
    }

    @Test
    void entryIsNeverServedForAnotherText() throws IOException {
        assertEntryOfOneKeyIsNotServedForAnother(
                new CountingNarrator("fake", "alto", 150), "Release.",
                new CountingNarrator("fake", "alto", 150), "Relax.");
    }

    @Test
    void entryIsNeverServedForAnotherVoice() throws IOException {
        assertEntryOfOneKeyIsNotServedForAnother(
                new CountingNarrator("fake", "alto", 150), "Release.",
                new CountingNarrator("fake", "bass", 150), "Release.");
    }

    @Test
    void entryIsNeverServedForAnotherRate() throws IOException {
        assertEntryOfOneKeyIsNotServedForAnother(
                new CountingNarrator("fake", "alto", 150), "Release.",
                new CountingNarrator("fake", "alto", 151), "Release.");
    }

    @Test
    void entryIsNeverServedForAnotherEngine() throws IOException {
        assertEntryOfOneKeyIsNotServedForAnother(
                new CountingNarrator("fake", "alto", 150), "Release.",
                new CountingNarrator("other", "alto", 150), "Release.");
    }

    @Test
    void entryIsNeverServedForAnotherEngineVersion() throws IOException {
        // an upgraded engine must not mix its new sound with the old one's clips
        assertEntryOfOneKeyIsNotServedForAnother(
                new CountingNarrator("fake", "1.8.0+0badf00d", "alto", 150), "Release.",
                new CountingNarrator("fake", "1.9.0+12345678", "alto", 150), "Release.");
    }

    @Test
    void anotherEngineVersionIsAnotherEntry() throws IOException {
        CachingNarrator old = new CachingNarrator(new CountingNarrator("fake", "1", "alto", 150), dir);
        old.say("Release.");
        CachingNarrator upgraded = new CachingNarrator(new CountingNarrator("fake", "2", "alto", 150), dir);
        upgraded.say("Release.");
        assertEquals(1, upgraded.synthesized());
        assertEquals(0, upgraded.hits());
        assertNotEquals(entryOf(old, "Release."), entryOf(upgraded, "Release."));
    }

    /** Plants the entry of (a, textA) where (b, textB) would be found, as a hash collision would. */
    private void assertEntryOfOneKeyIsNotServedForAnother(
            CountingNarrator a, String textA, CountingNarrator b, String textB) throws IOException {
        CachingNarrator first = new CachingNarrator(a, dir);
        first.say(textA);
        CachingNarrator second = new CachingNarrator(b, dir);
        Path planted = entryOf(second, textB);
        Files.createDirectories(planted.getParent());
        Files.copy(entryOf(first, textA), planted, StandardCopyOption.REPLACE_EXISTING);

        Clip clip = second.say(textB);
        assertEquals(CountingNarrator.clipFor(b.engine(), b.voice(), b.rate(), textB), clip);
        assertEquals(1, second.synthesized());
        assertEquals(0, second.hits());
        assertEquals(List.of(textB), b.said);
    }

    @Test
    void fieldBoundariesAreUnambiguous() throws IOException {
        AudioCache cache = new AudioCache(dir);
        assertNotEquals(
                cache.pathOf(new AudioCache.Key("fake", "1", "ab", 150, 16_000, "c")),
                cache.pathOf(new AudioCache.Key("fake", "1", "a", 150, 16_000, "bc")));
    }

    @Test
    void entryFileHasTheDocumentedLayout() throws Exception {
        CachingNarrator n = new CachingNarrator(new CountingNarrator("fake", "alto", 150), dir);
        Clip clip = n.say("Stretch é.");
        byte[] text = "Stretch é.".getBytes(StandardCharsets.UTF_8);
        ByteBuffer key = ByteBuffer.allocate(8 + 4 + 4 + 4 + 1 + 4 + 4 + 4 + 4 + 4 + text.length);
        key.put("LIMBERC2".getBytes(StandardCharsets.US_ASCII))
                .putInt(4).put("fake".getBytes(StandardCharsets.US_ASCII))
                .putInt(1).put("1".getBytes(StandardCharsets.US_ASCII))
                .putInt(4).put("alto".getBytes(StandardCharsets.US_ASCII))
                .putInt(150)
                .putInt(16_000)
                .putInt(text.length).put(text);
        ByteBuffer samples = ByteBuffer.allocate(2 * clip.length());
        samples.asShortBuffer().put(clip.toArray());
        CRC32 crc = new CRC32();
        crc.update(samples.array());
        ByteBuffer expected = ByteBuffer.allocate(key.capacity() + 8 + samples.capacity());
        expected.put(key.array()).putInt(clip.length()).putInt((int) crc.getValue()).put(samples.array());

        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.array()));
        Path entry = dir.resolve(hex.substring(0, 2)).resolve(hex + ".clip");
        assertArrayEquals(expected.array(), Files.readAllBytes(entry));
    }

    @Test
    void writesLeaveOnlyEntries() throws IOException {
        CachingNarrator n = new CachingNarrator(new CountingNarrator(), dir);
        for (String line : LINES) {
            n.say(line);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".clip")).toList());
        }
    }

    @Test
    void uncreatableCacheDirStillNarratesAndWarnsOnce() throws IOException {
        // Permissions do not stop root: a regular file where a parent directory should be does.
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        Path cacheDir = file.resolve("cache");
        CountingNarrator inner = new CountingNarrator();
        CachingNarrator n = new CachingNarrator(inner, cacheDir);

        assertEquals(CountingNarrator.clipFor("fake", "alto", 150, "Release."), n.say("Release."));
        Optional<String> warning = n.warning();
        n.say("Release.");
        n.say("Rest.");

        assertEquals(3, n.synthesized());
        assertEquals(List.of("Release.", "Release.", "Rest."), inner.said);
        assertEquals(Optional.of("cannot write the audio cache " + cacheDir
                + ": Not a directory; speech is not being cached"), warning);
        assertEquals(warning, n.warning());
    }

    @Test
    void warningIsHandedToTheListenerOnceAsItHappens() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        List<String> heard = new ArrayList<>();
        CachingNarrator n = new CachingNarrator(new CountingNarrator(), file.resolve("cache"), heard::add);
        n.say("Release.");
        assertEquals(List.of(n.warning().orElseThrow()), heard);
        n.say("Rest.");
        assertEquals(1, heard.size());
    }

    @Test
    void workingCacheHasNoWarning() throws IOException {
        CachingNarrator n = new CachingNarrator(new CountingNarrator(), dir.resolve("new/nested"));
        n.say("Release.");
        n.say("Release.");
        assertEquals(Optional.empty(), n.warning());
        assertEquals(1, n.hits());
    }

    @Test
    void textThatIsNotValidUnicodeIsNarratedButNotCached() throws IOException {
        CountingNarrator inner = new CountingNarrator();
        CachingNarrator n = new CachingNarrator(inner, dir);
        n.say("a\uD800");
        n.say("a?");
        n.say("a\uD800");
        n.say("a?");
        assertEquals(List.of("a\uD800", "a?", "a\uD800"), inner.said);
        assertEquals(1, n.hits());
        assertEquals(Optional.empty(), n.warning());
    }

    @Test
    void emptyClipIsStored() throws IOException {
        AudioCache cache = new AudioCache(dir);
        AudioCache.Key key = new AudioCache.Key("fake", "1", "alto", 150, 16_000, "");
        cache.write(key, Clip.silence(0));
        assertEquals(Optional.of(Clip.silence(0)), cache.read(key));
    }

    @Test
    void concurrentWritersNeverExposeAPartialEntry() throws Exception {
        AudioCache cache = new AudioCache(dir);
        AudioCache.Key key = new AudioCache.Key("fake", "1", "alto", 150, 16_000, "Hold for 30 seconds.");
        Clip clip = CountingNarrator.clipFor("fake", "alto", 150, "x".repeat(50_000));
        cache.write(key, clip);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        cache.write(key, clip);
                    }
                    return null;
                }));
            }
            Future<Integer> reader = pool.submit(() -> {
                int bad = 0;
                for (int i = 0; i < 300; i++) {
                    if (!cache.read(key).equals(Optional.of(clip))) {
                        bad++;
                    }
                }
                return bad;
            });
            for (Future<?> w : writers) {
                w.get();
            }
            assertEquals(0, reader.get());
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
    }

    private static Path entryOf(CachingNarrator n, String text) throws IOException {
        return new AudioCache(n.dir()).pathOf(new AudioCache.Key(n.engine(), n.engineVersion(), n.voice(), n.rate(), n.sampleRate(), text));
    }
}
