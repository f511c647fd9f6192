package limber.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The session log file: where it is, appending a session's record, reading the records back.
 *
 * <pre>{@code
 * History h = History.at(History.defaultFile(System.getenv()), Clock.systemUTC());
 * Entry e = h.begin("Back spasm relief", "scripts/back-spasm-relief.json", options); // ended: running
 * ...
 * h.end(e, Entry.QUIT, Map.of("hold", "15"), holds);   // the same id again, now ended
 * h.read().sessions();                                  // the last record of each id, oldest first
 * }</pre>
 *
 * <p>Never a broken line: each record is one whole line written with a single {@code write} on a
 * file opened with {@code O_APPEND} (so two sessions at once interleave whole lines), and the
 * reader ignores a last line without its line feed (a write cut short by a crash). A line is
 * begun on a fresh line even after such a torn one. Not thread-safe; one per process.
 */
public final class History {
    /** The file's name inside {@code $XDG_DATA_HOME/limber}. */
    public static final String FILE = "history.jsonl";

    /** What {@link #read} found: the sessions, oldest first, and a line for each record skipped. */
    public record Read(List<Entry> sessions, List<String> skipped) {
        public Read {
            sessions = List.copyOf(sessions);
            skipped = List.copyOf(skipped);
        }
    }

    private final Path file;
    private final Clock clock;

    private History(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public static History at(Path file, Clock clock) {
        return new History(file, clock);
    }

    /**
     * {@code $XDG_DATA_HOME/limber/history.jsonl} when that is set to an absolute path (the XDG
     * rule), else {@code $HOME/.local/share/limber/history.jsonl}; null when neither is set.
     */
    public static Path defaultFile(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("limber").resolve(FILE);
        }
        String home = env.get("HOME");
        return home == null || home.isEmpty() ? null
                : Path.of(home).resolve(".local").resolve("share").resolve("limber").resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** Appends a session that begins now ({@link Entry#RUNNING}, no holds) and returns it. */
    public Entry begin(String routine, String script, Map<String, String> options) throws IOException {
        Entry e = new Entry(UUID.randomUUID().toString(), clock.instant(), null, routine, script, options, Entry.RUNNING,
                List.of());
        append(e);
        return e;
    }

    /** Appends {@code begun} as ended now, {@code how}, with its holds (see {@link Entry#ended}); returns that record. */
    public Entry end(Entry begun, String how, Map<String, String> more, List<Entry.Hold> holds) throws IOException {
        Entry e = begun.ended(clock.instant(), how, more, holds);
        append(e);
        return e;
    }

    private void append(Entry e) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        String line = Lines.write(e) + "\n";
        if (!endsAfterALine()) {
            line = "\n" + line; // after a torn line: ours starts on a line of its own
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            ch.write(bytes); // one write of the whole line: O_APPEND puts it at the end as one piece
            while (bytes.hasRemaining()) {
                ch.write(bytes); // only on a full disk or a signal; the reader drops what is torn
            }
        }
    }

    /** Whether the file is missing, empty, or ends in a line feed. */
    private boolean endsAfterALine() throws IOException {
        if (!Files.exists(file)) {
            return true;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, ch.size() - 1);
            return last.get(0) == '\n';
        }
    }

    /**
     * The sessions logged, oldest first: the last record of each id. A last line without its line
     * feed is ignored (torn by a crash); any other line that is no record is skipped and named in
     * {@link Read#skipped} as {@code FILE:LINE: reason}. No file: no sessions.
     */
    public Read read() throws IOException {
        if (!Files.exists(file)) {
            return new Read(List.of(), List.of());
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        Map<String, Entry> byId = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            boolean torn = i == lines.length - 1; // after the last line feed: empty, or cut short
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                Entry e = Lines.read(lines[i]);
                byId.put(e.id(), e);
            } catch (IOException | RuntimeException ex) {
                if (!torn) {
                    skipped.add(file + ":" + (i + 1) + ": not a session record, skipped (" + oneLine(ex) + ")");
                }
            }
        }
        List<Entry> sessions = new ArrayList<>(byId.values());
        sessions.sort(Comparator.comparing(Entry::start));
        return new Read(sessions, skipped);
    }

    private static String oneLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
