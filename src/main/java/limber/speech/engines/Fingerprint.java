package limber.speech.engines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * An installed engine's version for the cache key: what it reports, plus a checksum of the path,
 * size and modification time of its program, its shared libraries and its voice's data. An
 * upgrade replaces those files, so its clips get new keys even when the engine reports no version
 * (RHVoice-test says "none").
 */
final class Fingerprint {
    /** Where shared libraries live on Debian and most other systems. */
    private static final List<Path> LIBRARY_DIRS = List.of(Path.of("/usr/lib/x86_64-linux-gnu"),
            Path.of("/usr/lib/aarch64-linux-gnu"), Path.of("/usr/lib64"), Path.of("/usr/lib"),
            Path.of("/usr/local/lib"));

    private Fingerprint() {
    }

    /** {@code reported} + "+" + 8 hex digits over the files' identities. */
    static String of(String reported, Path program, String libraryPrefix, List<Path> data) {
        CRC32 crc = new CRC32();
        List<Path> files = new ArrayList<>();
        files.add(program);
        for (Path dir : LIBRARY_DIRS) {
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> libs = Files.newDirectoryStream(dir, libraryPrefix + "*")) {
                    libs.forEach(files::add);
                } catch (IOException e) {
                    // an unreadable folder adds nothing
                }
            }
        }
        files.sort(null);
        for (Path d : data) {
            files.addAll(walk(d));
        }
        for (Path f : files) {
            try {
                Path real = f.toRealPath();
                BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
                crc.update((real + "\0" + a.size() + "\0" + a.lastModifiedTime().toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                crc.update((f + "\0missing\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return reported + "+" + String.format("%08x", crc.getValue());
    }

    private static List<Path> walk(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> all = Files.walk(p)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of(p);
        }
    }
}
