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
    private static final Pattern VOICE = Pattern.compile("[a-z0-9_]+\\.bin(\\..*\\.tmp)?");
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
