package limber.speech;

import com.sun.speech.freetts.Age;
import com.sun.speech.freetts.Gender;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.CMUDiphoneVoice;
import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Voices made from copies of their data files in a folder rather than from the jar: what
 * {@link KevinVoiceDirectory} makes, argument for argument, with file URLs, which FreeTTS
 * maps into memory. A copy is (re)made when missing or when its size or CRC-32 differs from
 * the jar entry's, written aside and renamed into place.
 */
final class VoiceFiles {
    private static final String US = "com/sun/speech/freetts/en/us/";

    /** The voice from files in {@code dir}, or null when they cannot be had. */
    static Voice voice(String name, Path dir) {
        if (!name.equals("kevin16")) {
            return null;
        }
        try {
            FreeTtsLogging.off();
            CMULexicon lexicon = new CMULexicon(local(dir, US + "cmulex_compiled.bin"),
                    local(dir, US + "cmulex_addenda.bin"), local(dir, US + "cmulex_lts.bin"), true);
            return new CMUDiphoneVoice("kevin16", Gender.MALE, Age.YOUNGER_ADULT,
                    "default 16-bit diphone voice", Locale.US, "general", "cmu", lexicon,
                    local(dir, US + "cmu_us_kal/cmu_us_kal16.bin"));
        } catch (IOException | RuntimeException e) {
            return null; // the jar's data will do
        }
    }

    private static URL local(Path dir, String resource) throws IOException {
        URL url = KevinVoiceDirectory.class.getClassLoader().getResource(resource);
        if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
            throw new IOException(resource + " is not in a jar");
        }
        JarEntry entry = jar.getJarEntry();
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        if (!matches(file, entry)) {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
            try {
                try (InputStream in = jar.getInputStream()) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            if (!matches(file, entry)) {
                throw new IOException(file + " does not match " + resource);
            }
        }
        return file.toUri().toURL();
    }

    private static boolean matches(Path file, JarEntry entry) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize() || entry.getCrc() < 0) {
            return false;
        }
        // Read, not mapped: a file cut short under a mapping faults inside CRC32's native
        // code, and that kills the JVM; a read just comes up short.
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            CRC32 crc = new CRC32();
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            long read = 0;
            for (int n = ch.read(buffer); n >= 0; n = ch.read(buffer)) {
                read += n;
                crc.update(buffer.flip());
                buffer.clear();
            }
            return read == entry.getSize() && crc.getValue() == entry.getCrc();
        }
    }
}
