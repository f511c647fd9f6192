package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import limber.player.Feedback;
import limber.routine.RoutineLoader;
import limber.testkit.Jvm;
import limber.testkit.Pcm;
import limber.testkit.Pulse;
import limber.testkit.Tools;
import limber.timeline.CountdownStyle;
import limber.timeline.SessionOptions;
import limber.timeline.Pace;
import limber.timeline.TimelineCompiler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed routine from its first menu to its end without a key: the real {@code limber play
 * --listen} in a child process, no keyboard (stdin is /dev/null), its voice going to a PulseAudio
 * null sink that is looped back into the virtual microphone, and commands synthesized by FreeTTS
 * and espeak-ng played into that microphone whenever the narrator is quiet (in a hold), as a
 * person would say them. A command that gets no confirmation within 3 s is said again, as a
 * person would; the test counts how often that was needed.
 */
@Tag("listen-live")
@Tag("realtime")
class HandsFreeSessionTest {
    private static final Path SCRIPT = Path.of("scripts", "back-spasm-relief.json");
    private static final double INTO_THE_HOLD = 4.5;
    private static final int TRIES = 3;

    private static Pulse pulse;
    private static String loop;

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> transcript = new ArrayList<>();
    private int said;
    private int repeated;

    @BeforeAll
    static void server() throws IOException {
        Tools.require(Tools.CORPUS);
        Tools.require(Tools.POCKETSPHINX);
        pulse = Pulse.up("hands-free");
        loop = pulse.loopSpeakersIntoMic(60);
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (loop != null) {
            pulse.unload(loop);
        }
        if (pulse != null) {
            pulse.close();
        }
    }

    @Test
    void theSeedRoutineRunsFromTheMenuToTheEndByVoiceAlone() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Jvm.limber("play", SCRIPT.toString(), "--listen"))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true);
        pb.environment().putAll(pulse.env());
        Process player = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(player.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                }
                lines.add("(exit " + player.waitFor() + ")");
            } catch (IOException e) {
                lines.add("(output ended: " + e + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            await(l -> l.startsWith("Say or press 3 for"), 60);
            Thread.sleep(4000); // the line itself, then the menu's quiet wait
            command(Corpus.VOICES.get(0), "three", l -> l.startsWith("45 seconds") && l.endsWith("Let's begin."));

            await(l -> l.startsWith("Hold for 45 seconds"), 90);
            Thread.sleep((long) (INTO_THE_HOLD * 1000));
            command(Corpus.VOICES.get(2), "pause", Feedback.PAUSED::equals);
            Thread.sleep(1500);
            command(Corpus.VOICES.get(0), "resume", Feedback.RESUMING::equals);

            await(l -> l.startsWith("Hold for 45 seconds"), 90);
            Thread.sleep((long) (INTO_THE_HOLD * 1000));
            command(Corpus.VOICES.get(1), "longer", Feedback.holdsNow(50)::equals);

            int skipped = 0;
            List<Corpus.Voice> voices = List.of(Corpus.VOICES.get(0), Corpus.VOICES.get(2));
            while (true) {
                String l = await(x -> x.startsWith("Hold for 50 seconds") || x.startsWith("(exit "), 120);
                if (l.startsWith("(exit ")) {
                    break;
                }
                Thread.sleep((long) (INTO_THE_HOLD * 1000));
                command(voices.get(skipped % 2), "next", Feedback.NEXT::equals);
                skipped++;
            }
            String last = TimelineCompiler.texts(RoutineLoader.load(SCRIPT),
                    new SessionOptions(50, Pace.NORMAL, CountdownStyle.VOICE, true, 1), 16_000).stream().reduce((a, b) -> b).orElseThrow();
            System.out.printf("hands-free session (live): menu answered, paused, resumed, holds made longer and %d holds"
                    + " skipped by voice alone; %d commands said, %d of them said again; the session ended%n",
                    skipped, said, repeated);
            assertEquals("(exit 0)", transcript.get(transcript.size() - 1));
            assertEquals(last, transcript.get(transcript.size() - 2), "the routine's last line was reached");
            assertTrue(skipped >= 8, "skipped " + skipped + " holds: " + transcript);
            assertTrue(repeated <= 2, repeated + " of " + said + " commands had to be said again");
        } finally {
            player.destroyForcibly();
            Files.write(Corpus.DIR.resolve("live").resolve("hands-free-transcript.txt"), transcript);
        }
    }

    /** Says {@code phrase} into the microphone until a line matching {@code confirmation} appears. */
    private void command(Corpus.Voice voice, String phrase, Predicate<String> confirmation) throws Exception {
        Path wav = Files.createDirectories(Corpus.DIR.resolve("live")).resolve("say-" + voice + "-" + phrase.replace(' ', '_') + ".wav");
        short[] pcm = Pcm.concat(List.of(Pcm.silence(0.3), Corpus.phrase(voice, phrase), Pcm.silence(0.3)));
        Pcm.write(wav, pcm);
        for (int t = 0; t < TRIES; t++) {
            said++;
            if (t > 0) {
                repeated++;
            }
            pulse.playIntoMic(wav);
            if (poll(confirmation, 3) != null) {
                return;
            }
        }
        throw new AssertionError("\"" + phrase + "\" said " + TRIES + " times, never confirmed: " + transcript);
    }

    /** The next output line matching {@code p}, waiting up to {@code seconds}; fails otherwise. */
    private String await(Predicate<String> p, int seconds) throws InterruptedException {
        String l = poll(p, seconds);
        if (l == null) {
            throw new AssertionError("waited " + seconds + " s in vain; heard so far: " + transcript);
        }
        return l;
    }

    private String poll(Predicate<String> p, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = until - System.nanoTime();
            String l = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (l == null) {
                return null;
            }
            transcript.add(l);
            if (p.test(l)) {
                return l;
            }
        }
    }
}
