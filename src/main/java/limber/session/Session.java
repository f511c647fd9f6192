package limber.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import limber.audio.Clip;
import limber.audio.ClipBuffer;
import limber.audio.Earcons;
import limber.audio.TimelineAudio;
import limber.routine.Routine;
import limber.threads.Threads;
import limber.speech.Narrator;
import limber.timeline.Event;
import limber.timeline.SessionOptions;
import limber.timeline.Timeline;
import limber.timeline.TimelineCompiler;

/** A routine with the user's options, ready to render: its timeline and every clip it plays. */
public final class Session {
    private Session() {
    }

    /**
     * Narrators worth running at once here: one per core, at most two. One FreeTTS voice already
     * keeps more than one core busy part of the time (it has its own output thread) and each
     * costs a voice load, so on two cores a second brings 1.5-1.7x and a third nothing.
     */
    public static int defaultWorkers() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Synthesizes what the routine says with {@code options} and compiles its timeline. */
    public static TimelineAudio prepare(Routine routine, SessionOptions options, Narrator narrator) throws IOException {
        int rate = narrator.sampleRate();
        Map<String, Clip> clips = synthesize(TimelineCompiler.texts(routine, options, rate), narrator);
        return assemble(routine, options, rate, clips);
    }

    /**
     * Like {@link #prepare(Routine, SessionOptions, Narrator)}, with up to {@code workers} narrators from
     * {@code narrators} in parallel. {@code draft} is any timeline of the same routine and options
     * at the narrators' sample rate (say the one an export checked its targets with): its texts
     * are what is synthesized, and its rate is the session's, so the
     * routine is not compiled for them twice. The result is the same, sample for sample, for any
     * number of workers.
     */
    public static TimelineAudio prepare(Routine routine, SessionOptions options, Timeline draft,
                                        Supplier<? extends Narrator> narrators, int workers) throws IOException {
        return assemble(routine, options, draft.rate(), synthesize(draft.texts(), narrators, workers));
    }

    /**
     * Samples of speech a {@linkplain #stream streamed} session keeps in memory: 4 MB, 2.2 minutes,
     * three fifths of what the 11-minute seed routine says (6.7 MB in 68 lines).
     */
    public static final long KEPT_SAMPLES = 2L << 20;

    /**
     * A session whose memory does not grow with its length, for an export: like
     * {@link #prepare(Routine, SessionOptions, Timeline, Supplier, int)}, but only {@code keptSamples}
     * of speech stay in memory, the lines the session says most often first (countdown marks,
     * "Release."). The others are measured and dropped; when rendering reaches one, a narrator
     * from {@code narrators} says it again, which through a cache is a read, not a synthesis (with
     * a cache that cannot be written, it is synthesized again), and it is garbage again a moment
     * later. The audio is the same, sample for sample, as an unstreamed session's. Close it when rendered: that closes the narrator, if one was needed.
     */
    public static Streamed stream(Routine routine, SessionOptions options, Timeline draft,
                                  Supplier<? extends Narrator> narrators, int workers, long keptSamples)
            throws IOException {
        Map<String, Integer> said = new LinkedHashMap<>();
        for (Event e : draft.events()) {
            if (e instanceof Event.Speech s) {
                said.merge(s.text(), 1, Integer::sum);
            }
        }
        draft.texts().forEach(t -> said.putIfAbsent(t, 0)); // what it may say with the real lengths
        // most said first (a stable sort: ties in the order of first use), so those are kept
        List<String> distinct = new ArrayList<>(said.keySet());
        distinct.sort(Comparator.comparing(said::get).reversed());
        int[] lengths = new int[distinct.size()];
        Clip[] kept = new Clip[distinct.size()];
        AtomicLong room = new AtomicLong(keptSamples);
        each(distinct, narrators, workers, (i, clip) -> {
            lengths[i] = clip.length();
            for (long r = room.get(); r >= clip.length(); r = room.get()) {
                if (room.compareAndSet(r, r - clip.length())) {
                    kept[i] = clip.toClip(); // it fits in what is left
                    break;
                }
            }
        });
        Map<String, Integer> measured = new HashMap<>();
        Map<String, Clip> memory = new HashMap<>();
        for (int i = 0; i < lengths.length; i++) {
            measured.put(distinct.get(i), lengths[i]);
            if (kept[i] != null) {
                memory.put(distinct.get(i), kept[i]);
            }
        }
        Timeline timeline = TimelineCompiler.compile(routine, options, draft.rate(), measured::get);
        Streamed streamed = new Streamed(memory, narrators);
        streamed.audio = TimelineAudio.streamed(timeline, streamed::read, Earcons.all(draft.rate()));
        return streamed;
    }

    /** A streamed session: its audio, and the narrator that says again what was not kept. */
    public static final class Streamed implements AutoCloseable {
        private final Map<String, Clip> kept;
        private final Supplier<? extends Narrator> narrators;
        private Narrator narrator;
        private TimelineAudio audio;

        private Streamed(Map<String, Clip> kept, Supplier<? extends Narrator> narrators) {
            this.kept = kept;
            this.narrators = narrators;
        }

        public TimelineAudio audio() {
            return audio;
        }

        private void read(String text, ClipBuffer into) throws IOException {
            Clip c = kept.get(text);
            if (c != null) {
                into.set(c);
                return;
            }
            if (narrator == null) {
                narrator = narrators.get();
            }
            narrator.sayInto(text, into);
        }

        /** Closes the narrator, if a clip was said again. */
        @Override
        public void close() {
            if (narrator != null) {
                narrator.close();
            }
        }
    }

    private static TimelineAudio assemble(Routine routine, SessionOptions options, int rate, Map<String, Clip> clips) {
        Timeline timeline = TimelineCompiler.compile(routine, options, rate, text -> clips.get(text).length());
        return new TimelineAudio(timeline, clips, Earcons.all(rate));
    }

    /** One clip per distinct text, synthesized in order by one narrator. */
    public static Map<String, Clip> synthesize(List<String> texts, Narrator narrator) throws IOException {
        Map<String, Clip> clips = new LinkedHashMap<>();
        for (String text : texts) {
            if (!clips.containsKey(text)) {
                clips.put(text, narrator.say(text));
            }
        }
        return clips;
    }

    /**
     * One clip per distinct text, in the order of {@code texts}, made by up to {@code workers}
     * threads, each with its own narrator from {@code narrators}, closed when the thread is done.
     * The threads take the next unsaid text in turn, so a slow line holds up no other; since a
     * narrator's clip depends only on its identity and the text, which thread said what changes
     * nothing in the result. A thread asks for its narrator with its first text, and a lazy
     * narrator (behind a cache) loads its engine only on a miss. The first failure stops every
     * thread and is thrown.
     *
     * @throws IllegalArgumentException when {@code workers < 1}
     */
    public static Map<String, Clip> synthesize(List<String> texts, Supplier<? extends Narrator> narrators,
                                               int workers) throws IOException {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(texts));
        Clip[] clips = new Clip[distinct.size()];
        each(distinct, narrators, workers, (i, clip) -> clips[i] = clip.toClip());
        Map<String, Clip> result = new LinkedHashMap<>();
        for (int i = 0; i < clips.length; i++) {
            result.put(distinct.get(i), clips[i]);
        }
        return result;
    }

    /**
     * What a synthesis thread does with the clip of {@code distinct.get(index)}: the thread's own
     * buffer, filled again with its next line, so a line only measured makes no garbage.
     */
    @FunctionalInterface
    private interface Said {
        void accept(int index, ClipBuffer clip);
    }

    /** Says every text once, on up to {@code workers} threads: see {@link #synthesize(List, Supplier, int)}. */
    private static void each(List<String> distinct, Supplier<? extends Narrator> narrators, int workers, Said said)
            throws IOException {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        int threads = Math.min(workers, distinct.size());
        if (threads <= 1) {
            try (Narrator narrator = narrators.get()) {
                ClipBuffer buffer = new ClipBuffer();
                for (int i = 0; i < distinct.size(); i++) {
                    narrator.sayInto(distinct.get(i), buffer);
                    said.accept(i, buffer);
                }
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Threads.daemon("limber-synth"));
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                done.add(pool.submit(() -> {
                    Narrator narrator = null;
                    ClipBuffer buffer = new ClipBuffer();
                    try {
                        for (int i = next.getAndIncrement(); i < distinct.size(); i = next.getAndIncrement()) {
                            if (narrator == null) {
                                narrator = narrators.get();
                            }
                            narrator.sayInto(distinct.get(i), buffer);
                            said.accept(i, buffer);
                        }
                    } catch (IOException | RuntimeException e) {
                        next.set(distinct.size()); // the others stop after their current line
                        throw e;
                    } finally {
                        if (narrator != null) {
                            narrator.close();
                        }
                    }
                    return null;
                }));
            }
            // every worker is waited for, even after one failed, so that no narrator (a child
            // process, for the installed engines) outlives this call; the first failure is thrown
            IOException first = null;
            RuntimeException firstUnchecked = null;
            for (Future<Void> f : done) {
                try {
                    Threads.get(f);
                } catch (IOException e) {
                    if (first == null && firstUnchecked == null) {
                        first = e;
                    }
                } catch (RuntimeException e) {
                    if (first == null && firstUnchecked == null) {
                        firstUnchecked = e;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
            if (firstUnchecked != null) {
                throw firstUnchecked;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
