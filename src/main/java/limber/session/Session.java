package limber.session;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import limber.audio.Clip;
import limber.audio.Earcons;
import limber.audio.TimelineAudio;
import limber.routine.Routine;
import limber.speech.Narrator;
import limber.timeline.Options;
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
    public static TimelineAudio prepare(Routine routine, Options options, Narrator narrator) throws IOException {
        Map<String, Clip> clips = synthesize(TimelineCompiler.texts(routine, options), narrator);
        return assemble(routine, options, clips);
    }

    /**
     * Like {@link #prepare(Routine, Options, Narrator)}, with up to {@code workers} narrators from
     * {@code narrators} in parallel. {@code draft} is any timeline of the same routine and options
     * (say the one an export checked its targets with): its texts are what is synthesized, so the
     * routine is not compiled for them twice. The result is the same, sample for sample, for any
     * number of workers.
     */
    public static TimelineAudio prepare(Routine routine, Options options, Timeline draft,
                                        Supplier<? extends Narrator> narrators, int workers) throws IOException {
        return assemble(routine, options, synthesize(draft.spokenTexts(), narrators, workers));
    }

    private static TimelineAudio assemble(Routine routine, Options options, Map<String, Clip> clips) {
        Timeline timeline = TimelineCompiler.compile(routine, options, text -> clips.get(text).length());
        return new TimelineAudio(timeline, clips, Earcons.all());
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
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(texts));
        int threads = Math.min(workers, distinct.size());
        if (threads <= 1) {
            try (Narrator narrator = narrators.get()) {
                return synthesize(distinct, narrator);
            }
        }
        Clip[] clips = new Clip[distinct.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "limber-synth");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                done.add(pool.submit(() -> {
                    Narrator narrator = null;
                    try {
                        for (int i = next.getAndIncrement(); i < clips.length; i = next.getAndIncrement()) {
                            if (narrator == null) {
                                narrator = narrators.get();
                            }
                            clips[i] = narrator.say(distinct.get(i));
                        }
                    } catch (IOException | RuntimeException e) {
                        next.set(clips.length); // the others stop after their current line
                        throw e;
                    } finally {
                        if (narrator != null) {
                            narrator.close();
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Clip> result = new LinkedHashMap<>();
        for (int i = 0; i < clips.length; i++) {
            result.put(distinct.get(i), clips[i]);
        }
        return result;
    }

    private static void await(Future<Void> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while synthesizing");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
