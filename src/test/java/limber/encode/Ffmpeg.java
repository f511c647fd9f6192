package limber.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import limber.testkit.Tools;

/**
 * ffmpeg and ffprobe (Debian's packages; .ci/run installs them) as the independent reader of
 * what the export writes: a decoder that honours the LAME tag, and ID3v2 chapters as players see them.
 */
public final class Ffmpeg {
    private Ffmpeg() {
    }

    /** The file decoded to 16 kHz mono 16-bit PCM. */
    public static short[] decode(Path file) throws IOException {
        byte[] pcm = run(List.of("ffmpeg", "-nostdin", "-v", "error", "-i", file.toString(),
                "-f", "s16le", "-ac", "1", "-ar", "16000", "-"));
        short[] s = new short[pcm.length / 2];
        ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return s;
    }

    /** How many samples the file decodes to at 16 kHz, without keeping them. */
    public static long decodedSamples(Path file) throws IOException {
        return decodedSamples(file, 16_000);
    }

    /** How many samples the file decodes to at {@code rate} (its own, to count without resampling). */
    public static long decodedSamples(Path file, int rate) throws IOException {
        return count(List.of("ffmpeg", "-nostdin", "-v", "error", "-i", file.toString(),
                "-f", "s16le", "-ac", "1", "-ar", String.valueOf(rate), "-")) / 2;
    }

    /** {@code ffprobe -show_chapters -show_format -show_streams -print_format json}. */
    public static JsonNode probe(Path file) throws IOException {
        byte[] json = run(List.of("ffprobe", "-v", "error", "-show_chapters", "-show_format", "-show_streams",
                "-print_format", "json", file.toString()));
        return new ObjectMapper().readTree(json);
    }

    private static byte[] run(List<String> command) throws IOException {
        List<byte[]> out = new ArrayList<>();
        exec(command, in -> out.add(in.readAllBytes()));
        return out.get(0);
    }

    private static long count(List<String> command) throws IOException {
        long[] n = new long[1];
        exec(command, in -> {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                n[0] += r;
            }
        });
        return n[0];
    }

    private interface Reader {
        void read(InputStream in) throws IOException;
    }

    private static void exec(List<String> command, Reader reader) throws IOException {
        Tools.require(command.get(0));
        Path err = Files.createTempFile("ffmpeg", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            try (InputStream in = p.getInputStream()) {
                reader.read(in);
            }
            int status = p.waitFor();
            if (status != 0) {
                throw new IOException(String.join(" ", command) + " exited " + status + ": " + Files.readString(err));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
