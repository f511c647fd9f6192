package limber.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cache folder as a whole: how much it holds, and emptying it. Only the cache's own files
 * are counted or deleted ({@code XX/<sha256>.clip}, the voice data FreeTTS maps from
 * {@code voices/*.bin}, and their temporary files): anything else a user keeps there is left alone.
 */
public final class CacheDirectory {
    private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
    private static final Pattern OWN = Pattern.compile("[0-9a-f]{64}\\" + AudioCache.SUFFIX + "(\\..*\\.tmp)?");
    /**
     * The voice data files FreeTTS's kevin16 maps ({@code FreeTtsNarrator}'s voice files), and
     * their temporary files ({@code NAME.bin.DIGITS.tmp}): any other file in {@code voices/} is
     * not the cache's, whatever its name.
     */
    private static final Pattern VOICE = Pattern.compile(
            "(cmulex_compiled|cmulex_addenda|cmulex_lts|cmu_us_kal16)\\.bin(\\.-?[0-9]+\\.tmp)?");
    /** The folder of unpacked voice data, inside the cache folder. */
    public static final String VOICES = "voices";

    /** Entries and bytes; {@code leftovers} are temporary files of interrupted writes. */
    public record Stats(int entries, long bytes, int leftovers) {
    }

    private CacheDirectory() {
    }

    /** Where FreeTTS's unpacked voice data lives in the cache folder {@code cache}. */
    public static Path voiceData(Path cache) {
        return cache.resolve(VOICES);
    }

    public static Stats stats(Path dir) throws IOException {
        int entries = 0;
        int leftovers = 0;
        long bytes = 0;
        for (Path f : own(dir)) {
            if (f.getFileName().toString().endsWith(AudioCache.SUFFIX) || f.getFileName().toString().endsWith(".bin")) {
                entries++;
                bytes += Files.size(f);
            } else {
                leftovers++;
            }
        }
        return new Stats(entries, bytes, leftovers);
    }

    /** Deletes the cache's files (and shard folders left empty); returns how many files went. */
    public static int clear(Path dir) throws IOException {
        int deleted = 0;
        for (Path f : own(dir)) {
            if (Files.deleteIfExists(f)) {
                deleted++;
            }
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> shards = Files.list(dir)) {
                for (Path shard : shards.filter(CacheDirectory::isShard).toList()) {
                    try (Stream<Path> rest = Files.list(shard)) {
                        if (rest.findAny().isEmpty()) {
                            Files.delete(shard);
                        }
                    }
                }
            }
        }
        return deleted;
    }

    /**
     * Why {@code dir} cannot hold the cache, or null when it can: it is made if missing and a
     * file is written in it and deleted again. E.g. "Read-only file system", "Permission denied",
     * "/x: Not a directory".
     */
    public static String unwritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".probe.", ".tmp"));
            return null;
        } catch (java.nio.file.FileSystemException e) {
            String reason = e.getReason() != null ? e.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? "Permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "Not a directory"
                    : e.getClass().getSimpleName();
            return e.getFile() == null || Path.of(e.getFile()).startsWith(dir) ? reason : e.getFile() + ": " + reason;
        } catch (IOException | RuntimeException e) {
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
    }

    private static boolean isShard(Path p) {
        String name = p.getFileName().toString();
        return Files.isDirectory(p) && (SHARD.matcher(name).matches() || name.equals(VOICES));
    }

    private static boolean isOwn(Path f) {
        String name = f.getFileName().toString();
        Pattern own = f.getParent().getFileName().toString().equals(VOICES) ? VOICE : OWN;
        return Files.isRegularFile(f) && own.matcher(name).matches();
    }

    private static List<Path> own(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> shards = Files.list(dir)) {
            List<Path> out = new java.util.ArrayList<>();
            for (Path shard : shards.filter(CacheDirectory::isShard).sorted().toList()) {
                try (Stream<Path> files = Files.list(shard)) {
                    files.filter(CacheDirectory::isOwn).forEach(out::add);
                }
            }
            return out;
        }
    }
}
