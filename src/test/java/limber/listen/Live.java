package limber.listen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import limber.testkit.Jvm;
import limber.testkit.Pcm;
import limber.testkit.Pulse;

/**
 * A {@link ListenProbe} in a child JVM that reaches the {@link Pulse} server: start it, play
 * into its microphone, read what it heard.
 */
final class Live implements AutoCloseable {
    /** One line from the probe: HEARD/REJECTED/DROPPED, the input, positions in microphone samples. */
    record Event(String kind, String input, long speechStart, long speechEnd, long at, String detail) {
        static Event parse(String line) {
            String[] f = line.split(" ", 7);
            return new Event(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                    f.length > 5 ? f[5] + (f.length > 6 ? " " + f[6] : "") : "");
        }
    }

    private final Process process;
    private final PrintWriter commands;
    private final Path capture;
    private final List<Event> events = Collections.synchronizedList(new ArrayList<>());
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;
    private volatile boolean ready;
    private volatile int narrated;

    private Live(Process process, Path capture) {
        this.process = process;
        this.capture = capture;
        this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        this.reader = new Thread(this::read, "probe-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a probe whose menu offers {@code menu} seconds (none: no menu); waits until it hears. */
    static Live start(Pulse pulse, Path capture, String menu) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Jvm.java(ListenProbe.class.getName(), capture.toString(), menu))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(pulse.env());
        Live live = new Live(pb.start(), capture);
        for (int i = 0; i < 300 && !live.ready; i++) {
            if (!live.process.isAlive()) {
                throw new IOException("the probe ended: " + live.lines);
            }
            Thread.sleep(50);
        }
        if (!live.ready) {
            throw new IOException("the probe did not start listening: " + live.lines);
        }
        return live;
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
                if (line.equals("READY")) {
                    ready = true;
                } else if (line.equals("NARRATED")) {
                    narrated++;
                } else if (line.startsWith("HEARD ") || line.startsWith("REJECTED ") || line.startsWith("DROPPED ")) {
                    events.add(Event.parse(line));
                }
            }
        } catch (IOException e) {
            lines.add("read failed: " + e);
        }
    }

    void menuClosed() {
        commands.println("menuClosed");
    }

    /** Has the probe play {@code wav} through the speakers (its narration gate watching); waits for the end. */
    void narrate(Path wav) throws InterruptedException, IOException {
        int before = narrated;
        commands.println("narrate " + wav.toAbsolutePath());
        long waits = (java.nio.file.Files.size(wav) / (2L * Pcm.RATE) + 60) * 20; // its length and a minute, in 50 ms
        for (long i = 0; i < waits && narrated == before; i++) {
            if (!process.isAlive()) {
                throw new IOException("the probe ended: " + lines);
            }
            Thread.sleep(50);
        }
        if (narrated == before) {
            throw new IOException("the probe did not finish narrating " + wav);
        }
    }

    /** Waits {@code seconds} for the last utterances to be recognized. */
    static void settle(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }

    List<Event> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    List<Event> heard() {
        return events().stream().filter(e -> e.kind().equals("HEARD")).toList();
    }

    /** Everything the microphone delivered so far. */
    short[] captured() throws IOException {
        byte[] b = Files.readAllBytes(capture);
        short[] s = new short[b.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((b[2 * i] & 255) | (b[2 * i + 1] << 8));
        }
        return s;
    }

    @Override
    public void close() throws InterruptedException {
        commands.println("quit");
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        reader.join(2000);
    }

    /**
     * Where each item's clip lies in {@code captured}, given that the stream they were played in
     * began near {@code streamAt}: each is searched for near where the one before it was found,
     * since an audio server may stall a stream for a moment and shift everything after.
     */
    static long[] locate(short[] captured, List<Spoken.Item> items, long streamAt) {
        long[] at = new long[items.size()];
        long drift = 0;
        for (int i = 0; i < items.size(); i++) {
            Spoken.Item it = items.get(i);
            long expected = streamAt + it.start() + drift;
            at[i] = find(captured, it.clip(), expected - Pcm.RATE / 4, expected + Pcm.RATE / 2);
            drift = at[i] - (streamAt + it.start());
        }
        return at;
    }

    /** The best match of {@code clip} in {@code captured} starting within [from, to]: envelope first, then samples. */
    static long find(short[] captured, short[] clip, long from, long to) {
        int frame = 160;
        double[] ref = envelope(clip, frame);
        long lo = Math.max(0, from);
        long hi = Math.min(captured.length - clip.length, to);
        if (hi < lo) {
            return lo;
        }
        double[] cap = envelope(java.util.Arrays.copyOfRange(captured, (int) lo, (int) Math.min(captured.length, hi + clip.length)), frame);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int lag = 0; lag + ref.length <= cap.length; lag++) {
            double dot = 0;
            double norm = 0;
            for (int i = 0; i < ref.length; i++) {
                dot += cap[lag + i] * ref[i];
                norm += cap[lag + i] * cap[lag + i];
            }
            double score = dot / Math.sqrt(norm + 1e-9);
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        long coarse = lo + (long) best * frame;
        long fine = coarse;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (long at = Math.max(0, coarse - 2 * frame); at <= coarse + 2 * frame && at + clip.length <= captured.length; at++) {
            double dot = 0;
            for (int i = 0; i < clip.length; i += 2) {
                dot += (double) captured[(int) at + i] * clip[i];
            }
            if (dot > bestDot) {
                bestDot = dot;
                fine = at;
            }
        }
        return fine;
    }

    /**
     * Where {@code played} begins in {@code captured}, at or after {@code from}: the best match
     * of the envelopes of its first 15 s.
     */
    static long align(short[] captured, short[] played, long from) {
        int n = Math.min(played.length, 15 * Pcm.RATE);
        return find(captured, java.util.Arrays.copyOf(played, n), from, captured.length - n);
    }

    /** Log energy per frame, mean removed. */
    private static double[] envelope(short[] pcm, int frame) {
        double[] e = new double[pcm.length / frame];
        double mean = 0;
        for (int f = 0; f < e.length; f++) {
            double sum = 0;
            for (int i = 0; i < frame; i++) {
                double v = pcm[f * frame + i];
                sum += v * v;
            }
            e[f] = Math.log10(sum / frame + 1);
            mean += e[f];
        }
        mean /= Math.max(1, e.length);
        for (int f = 0; f < e.length; f++) {
            e[f] -= mean;
        }
        return e;
    }
}
