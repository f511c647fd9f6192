package limber.speech;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import limber.audio.Clip;
import limber.audio.ClipBuffer;

/**
 * Clips on disk, one file per (engine, engine version, voice, rate, sample rate, text), named by
 * the SHA-256 of that key: {@code DIR/3f/3f9a...e1.clip}. An entry file is, all integers
 * big-endian:
 *
 * <pre>
 * "LIMBERC2"                      8 ASCII bytes
 * engine, engine version, voice   each: int32 byte length, UTF-8 bytes
 * rate                            int32, words per minute
 * sample rate                     int32, samples a second
 * text                            int32 byte length, UTF-8 bytes
 * sample count                    int32
 * CRC32 of the sample bytes       int32 (the low 32 bits of {@link CRC32#getValue()})
 * samples                         int16 each
 * </pre>
 *
 * The file name hashes the same bytes as the header up to the sample count. A read serves an
 * entry only if its header holds exactly the requested key, its length matches its sample
 * count and its checksum matches; anything else (a truncated, corrupted or foreign file, or a
 * hash collision) is a miss. Writes go to a unique temporary file in the entry's directory and
 * are renamed over the entry atomically, so readers and concurrent writers, threads or
 * processes, only ever see whole entries. Instances are thread-safe (their one mutable part is
 * a read buffer per thread).
 */
final class AudioCache {
    static final String MAGIC = "LIMBERC2";
    static final String SUFFIX = ".clip";

    /** What identifies a clip's sound. Text is kept exactly: no trimming, no case folding. */
    record Key(String engine, String engineVersion, String voice, int rate, int sampleRate, String text) {
        Key {
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(engineVersion, "engineVersion");
            Objects.requireNonNull(voice, "voice");
            Objects.requireNonNull(text, "text");
        }

        static Key of(Narrator narrator, String text) {
            return new Key(narrator.engine(), narrator.engineVersion(), narrator.voice(), narrator.rate(),
                    narrator.sampleRate(), text);
        }
    }

    private final Path dir;
    // An entry is read into a buffer per thread, grown to the largest entry: a read into a
    // ClipBuffer then allocates nothing of the size of its samples.
    private final ThreadLocal<ByteBuffer> buffers = ThreadLocal.withInitial(() -> ByteBuffer.allocate(0));
    // Each key's encoding and path (a SHA-256 and a few strings), kept for the keys read: a long
    // session reads the same lines again and again. Bounded, as a session's distinct lines are.
    private final Map<Key, Located> located = new ConcurrentHashMap<>();
    private static final int MAX_LOCATED = 16_384;

    AudioCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    Path dir() {
        return dir;
    }

    /**
     * Whether {@code key} can be stored: its strings must be valid UTF-16 (no lone surrogate),
     * since UTF-8 would turn a lone surrogate into '?' and two texts into one key.
     */
    static boolean storable(Key key) {
        try {
            encodeKey(key);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Where the entry for {@code key} lives, whether or not it exists. */
    Path pathOf(Key key) throws CharacterCodingException {
        return pathOf(encodeKey(key));
    }

    private Path pathOf(byte[] encodedKey) {
        String hex = HexFormat.of().formatHex(sha256(encodedKey));
        return dir.resolve(hex.substring(0, 2)).resolve(hex + SUFFIX);
    }

    /**
     * The clip stored for {@code key}, or empty when there is none or it is damaged, foreign
     * or unreadable. Never throws for what is on disk.
     */
    Optional<Clip> read(Key key) {
        ByteBuffer pcm = samples(key);
        return pcm == null ? Optional.empty() : Optional.of(Clip.of(pcm.asShortBuffer()));
    }

    /**
     * As {@link #read}, into {@code into}, making no clip: whether there was a sound entry
     * ({@code into} is left as it was when there was not).
     */
    boolean readInto(Key key, ClipBuffer into) {
        ByteBuffer pcm = samples(key);
        if (pcm == null) {
            return false;
        }
        into.fill(pcm.asShortBuffer());
        return true;
    }

    /**
     * The sample bytes of {@code key}'s entry, checked, in this thread's buffer (valid until its
     * next read), or null when there is no sound entry.
     */
    private ByteBuffer samples(Key key) {
        Located entry = locate(key);
        if (entry == null) {
            return null;
        }
        byte[] encodedKey = entry.key();
        int head = encodedKey.length + 8;
        try (FileChannel ch = FileChannel.open(entry.path(), StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < head || size > Integer.MAX_VALUE - 8) {
                return null;
            }
            // the header first, so that a file of another key or length is never read whole
            ByteBuffer all = buffer(head);
            all.clear().limit(head);
            if (!readFully(ch, all)
                    || !Arrays.equals(all.array(), 0, encodedKey.length, encodedKey, 0, encodedKey.length)) {
                return null;
            }
            int count = all.getInt(encodedKey.length);
            int crc = all.getInt(encodedKey.length + 4);
            if (count < 0 || 2L * count != size - head) {
                return null;
            }
            // then the samples after it, into the same place of this thread's buffer
            all = buffer((int) size);
            all.clear().position(head).limit((int) size);
            if (!readFully(ch, all) || crc32(all.array(), head, 2 * count) != crc) {
                return null;
            }
            return all.position(head);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            // Unreadable is as good as missing: the caller makes the clip again, and a write
            // that fails too is reported there.
            return null;
        }
    }

    /**
     * This thread's read buffer, of at least {@code size} bytes: grown by half again at least, so
     * a run of ever longer entries reallocates a few times only (what it held is then lost).
     */
    private ByteBuffer buffer(int size) {
        ByteBuffer b = buffers.get();
        if (b.capacity() < size) {
            long grown = Math.max(size, b.capacity() + b.capacity() / 2L);
            b = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, grown));
            buffers.set(b);
        }
        return b;
    }

    /** A key's encoding and its entry's path, worked out once per key. */
    private record Located(byte[] key, Path path) {
    }

    /** {@code key}'s encoding and path, or null when it is not {@link #storable}. */
    private Located locate(Key key) {
        Located known = located.get(key);
        if (known != null) {
            return known;
        }
        byte[] encodedKey;
        try {
            encodedKey = encodeKey(key);
        } catch (CharacterCodingException e) {
            return null;
        }
        if (located.size() >= MAX_LOCATED) {
            located.clear();
        }
        Located entry = new Located(encodedKey, pathOf(encodedKey));
        located.put(key, entry);
        return entry;
    }

    /**
     * Stores {@code clip} for {@code key}, replacing any entry atomically.
     *
     * @throws IOException when the directory cannot be created or written; nothing is left
     *     behind but, at worst, the temporary file if even deleting it fails
     * @throws IllegalArgumentException when the key is not {@link #storable}
     */
    void write(Key key, Clip clip) throws IOException {
        byte[] encodedKey;
        try {
            encodedKey = encodeKey(key);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text is not valid Unicode: " + key.text(), e);
        }
        Path target = pathOf(encodedKey);
        Path shard = target.getParent();
        Files.createDirectories(shard);
        Path tmp = Files.createTempFile(shard, target.getFileName() + ".", ".tmp");
        try {
            byte[] pcm = new byte[2 * clip.length()];
            ByteBuffer.wrap(pcm).asShortBuffer().put(clip.toArray());
            try (OutputStream file = Files.newOutputStream(tmp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
                out.write(encodedKey);
                out.writeInt(clip.length());
                out.writeInt(crc32(pcm));
                out.write(pcm);
            }
            // No fsync: an entry torn by a crash fails its length or checksum test and is remade.
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** MAGIC, then the key's fields as documented on the class; fails on a lone surrogate. */
    static byte[] encodeKey(Key key) throws CharacterCodingException {
        byte[] engine = utf8(key.engine());
        byte[] version = utf8(key.engineVersion());
        byte[] voice = utf8(key.voice());
        byte[] text = utf8(key.text());
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length() + 6 * 4 + engine.length + version.length + voice.length
                + text.length);
        b.put(MAGIC.getBytes(StandardCharsets.US_ASCII));
        b.putInt(engine.length).put(engine);
        b.putInt(version.length).put(version);
        b.putInt(voice.length).put(voice);
        b.putInt(key.rate());
        b.putInt(key.sampleRate());
        b.putInt(text.length).put(text);
        return b.array();
    }

    private static byte[] utf8(String s) throws CharacterCodingException {
        // A fresh encoder reports malformed input instead of replacing it, unlike getBytes().
        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(s));
        return Arrays.copyOf(bytes.array(), bytes.limit());
    }

    private static boolean readFully(FileChannel ch, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (ch.read(buffer) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int crc32(byte[] bytes) {
        return crc32(bytes, 0, bytes.length);
    }

    private static int crc32(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256", e);
        }
    }
}
