package limber.listen;

import limber.testkit.Pcm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import limber.player.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What voice control does when its recognizer fails, with a recording for a microphone and a
 * shell script, run as a real child process, for pocketsphinx ({@link DecodersTest}).
 */
class VoiceControlTest {
    private static final int RATE = Segmenter.RATE;

    /** Three half-second tones, each after 1.2 s of quiet: three utterances the recognizer is asked about. */
    private static short[] threeUtterances() {
        short[] tone = new short[RATE / 2];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) Math.round(3300 * Math.sin(2 * Math.PI * 300 * i / RATE));
        }
        return Pcm.concat(List.of(Pcm.hiss(1.2, 1), tone, Pcm.hiss(1.2, 2), tone, Pcm.hiss(1.2, 3), tone, Pcm.hiss(1, 4)));
    }

    /** A recording played as fast as it is read; then it waits, like a microphone in a quiet room, until closed. */
    private static final class Recording implements Capture {
        private final short[] pcm;
        private final CountDownLatch closed = new CountDownLatch(1);
        private volatile int at;

        Recording(short[] pcm) {
            this.pcm = pcm;
        }

        @Override
        public int read(short[] chunk) {
            if (at >= pcm.length) {
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 0;
            }
            int n = Math.min(chunk.length, pcm.length - at);
            System.arraycopy(pcm, at, chunk, 0, n);
            at += n;
            return n;
        }

        @Override
        public long position() {
            return at;
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    /** Where voice control writes its lines; {@link #firstLine} waits for one. */
    private static final class Err {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final CountDownLatch line = new CountDownLatch(1);
        final PrintStream stream = new PrintStream(new java.io.OutputStream() {
            @Override
            public synchronized void write(int b) {
                bytes.write(b);
                if (b == '\n') {
                    line.countDown();
                }
            }
        }, true, StandardCharsets.UTF_8);

        void firstLine() throws InterruptedException {
            assertTrue(line.await(60, TimeUnit.SECONDS), "voice control said nothing");
        }

        String text() {
            synchronized (stream) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Crashes once the three decoders of this utterance have all noted their pid (the probe
     * noted one before): the count of processes then says how many utterances were tried.
     */
    private static final String CRASH_TOGETHER = "pids=\"$(dirname \"$0\")/pids\"\n"
            + "while [ $(( ($(wc -l < \"$pids\") - 1) % 3 )) -ne 0 ]; do sleep 0.02; done\n" + DecodersTest.CRASH;

    private static VoiceControl start(Recording mic, PocketSphinx ps, LinkedBlockingQueue<Input> inputs, Err err) {
        return new VoiceControl(mic, ps, ps, Listening.Settings.DEFAULT, inputs, () -> true, Vocabulary.controls(),
                err.stream, VoiceControl.Events.NONE);
    }

    @Test
    void aCrashedDecoderStopsVoiceControlAtOnceWithOneLine(@TempDir Path bin) throws Exception {
        Recording mic = new Recording(threeUtterances());
        LinkedBlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
        Err err = new Err();
        PocketSphinx ps = PocketSphinx.open(PocketSphinx.Settings.DEFAULT, DecodersTest.pathWith(bin, CRASH_TOGETHER));
        try (VoiceControl voice = start(mic, ps, inputs, err)) {
            err.firstLine();
            assertTrue(mic.closed.await(10, TimeUnit.SECONDS), "the microphone is released");
        }
        assertEquals("limber: voice control stopped: pocketsphinx_continuous failed (exit status 1): "
                + DecodersTest.MODEL_ERROR + "\n", err.text());
        // the probe, then three decoders on the first utterance only: the others are not tried
        assertEquals(4, Files.readAllLines(bin.resolve("pids")).size());
        assertEquals(List.of(), DecodersTest.alive(bin));
        assertEquals(List.of(), List.copyOf(inputs));
    }

    @Test
    void decodesThatRunOutOfTimeStopVoiceControlOnlyAfterThreeInARow(@TempDir Path bin) throws Exception {
        PocketSphinx.Settings quick = PocketSphinx.Settings.DEFAULT.withTimeout(1000);
        Recording mic = new Recording(threeUtterances());
        LinkedBlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
        Err err = new Err();
        PocketSphinx ps = PocketSphinx.open(quick, DecodersTest.pathWith(bin, DecodersTest.HANG));
        try (VoiceControl voice = start(mic, ps, inputs, err)) {
            err.firstLine();
            assertTrue(mic.closed.await(10, TimeUnit.SECONDS), "the microphone is released");
        }
        assertEquals("limber: voice control stopped: pocketsphinx_continuous did not finish within 1000 ms\n", err.text());
        // the probe, then three shells and their three sleeps for each of the three utterances
        assertEquals(1 + 3 * 6, Files.readAllLines(bin.resolve("pids")).size());
        assertEquals(List.of(), DecodersTest.alive(bin));
        assertEquals(List.of(), List.copyOf(inputs));
    }

    @Test
    void closingWhileADecodeRunsKillsTheDecoders(@TempDir Path bin) throws Exception {
        Recording mic = new Recording(threeUtterances());
        Err err = new Err();
        PocketSphinx ps = PocketSphinx.open(PocketSphinx.Settings.DEFAULT, DecodersTest.pathWith(bin, DecodersTest.HANG));
        VoiceControl voice = start(mic, ps, new LinkedBlockingQueue<>(), err);
        while (!Files.exists(bin.resolve("pids")) || Files.readAllLines(bin.resolve("pids")).size() < 1 + 6) {
            Thread.sleep(20); // until the first utterance's decoders have started
        }
        voice.close();
        assertEquals(List.of(), DecodersTest.alive(bin));
        assertEquals("", err.text(), "closing is no failure");
    }
}
