package limber.speech;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import limber.audio.Clip;
import limber.audio.ClipBuffer;

/**
 * A narrator that keeps every clip it makes in a content-addressed cache on disk, so a second
 * run of the same routine synthesizes nothing.
 *
 * <pre>{@code
 * try (CachingNarrator n = new CachingNarrator(FreeTtsNarrator.open("kevin16", 150), cacheDir)) {
 *     n.say("Release.");          // synthesized, then stored
 *     n.warning().ifPresent(w -> err.println("limber: warning: " + w));
 * }
 * // the next run: say("Release.") reads the entry; synthesized() == 0, hits() == 1
 * }</pre>
 *
 * <p>Entries are keyed by the inner narrator's engine, voice and rate and the exact text, and
 * checked on every read (see {@link AudioCache}); a damaged entry is made again and replaced. The
 * inner narrator is asked only for what is missing, so a lazy one (like {@link FreeTtsNarrator})
 * loads nothing when everything is cached. A cache directory that cannot be created or written
 * never stops narration: the clip is returned uncached, one warning is recorded (and handed to
 * the warning listener, if one was given) and the narrator stops trying to write. Several
 * narrators and processes may share a directory. Like any narrator, used by one thread at a time.
 */
public final class CachingNarrator extends ForwardingNarrator {
    private final AudioCache cache;
    private final Consumer<String> warnings;
    private boolean writable = true;
    private String warning;
    private int synthesized;
    private int hits;

    /** Caches {@code inner}'s clips in {@code dir}, which is created when first written. */
    public CachingNarrator(Narrator inner, Path dir) {
        this(inner, dir, warning -> { });
    }

    /**
     * As {@link #CachingNarrator(Narrator, Path)}, and tells {@code warnings} the one warning
     * about the cache as it happens, on the thread that called {@link #say}: a user hears of a
     * cache that does not work while the work is being done, not after it.
     */
    public CachingNarrator(Narrator inner, Path dir, Consumer<String> warnings) {
        super(inner);
        this.cache = new AudioCache(dir);
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    @Override
    public Clip say(String text) throws IOException {
        AudioCache.Key key = AudioCache.Key.of(inner, text);
        Optional<Clip> cached = cache.read(key);
        if (cached.isPresent()) {
            hits++;
            return cached.get();
        }
        return synthesize(key, text);
    }

    /** As {@link #say}; a hit is read straight into {@code into}, making no clip. */
    @Override
    public void sayInto(String text, ClipBuffer into) throws IOException {
        AudioCache.Key key = AudioCache.Key.of(inner, text);
        if (cache.readInto(key, into)) {
            hits++;
            return;
        }
        into.set(synthesize(key, text));
    }

    /** A miss (or a damaged entry): the inner narrator says it, and it is stored. */
    private Clip synthesize(AudioCache.Key key, String text) throws IOException {
        Clip clip = inner.say(text);
        synthesized++;
        if (writable && AudioCache.storable(key)) {
            try {
                cache.write(key, clip);
            } catch (IOException e) {
                writable = false;
                warning = "cannot write the audio cache " + cache.dir() + ": " + describe(e)
                        + "; speech is not being cached";
                warnings.accept(warning);
            }
        }
        return clip;
    }

    /**
     * "Not a directory", or "/x/y: permission denied" when the file is outside the cache dir (a
     * parent that could not be made); a file inside it (an entry's folder, a temporary file)
     * means nothing to the user and is left out.
     */
    private String describe(IOException e) {
        if (e instanceof FileSystemException fse) {
            String reason = fse.getReason() != null ? fse.getReason()
                    : fse instanceof AccessDeniedException ? "Permission denied"
                    : fse instanceof FileAlreadyExistsException ? "File exists"
                    : fse instanceof NoSuchFileException ? "No such file or directory"
                    : fse.getClass().getSimpleName();
            String file = fse.getFile();
            return file == null || Path.of(file).startsWith(cache.dir()) ? reason : file + ": " + reason;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * The one warning about the cache, once a write has failed: a single line, without a
     * program-name prefix, for the caller to print once. Empty while the cache works.
     */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** Lines handed to the inner narrator so far: cache misses, damaged entries included. */
    public int synthesized() {
        return synthesized;
    }

    /** Lines served from the cache so far. */
    public int hits() {
        return hits;
    }

    /** The cache directory. */
    public Path dir() {
        return cache.dir();
    }

    @Override
    public String toString() {
        return "CachingNarrator[" + inner + " in " + cache.dir() + "]";
    }
}
