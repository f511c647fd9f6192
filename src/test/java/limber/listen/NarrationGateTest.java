package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import limber.audio.LiveSink;
import org.junit.jupiter.api.Test;

class NarrationGateTest {
    private static final long MS = 1_000_000L;

    /** A sink that holds {@code queued} samples, and a clock the test moves. */
    private static final class FakeSink implements LiveSink {
        long queued;
        long now;

        @Override

        public int sampleRate() {

            return 16_000;

        }


        @Override
        public long queued() {
            return queued;
        }

        @Override
        public long flush() {
            long q = queued;
            queued = 0;
            return q;
        }

        @Override
        public void drain() {
        }

        @Override
        public void write(short[] samples, int offset, int length) {
            queued += length;
        }

        @Override
        public void close() {
        }
    }

    private final FakeSink sink = new FakeSink();
    private final NarrationGate gate = new NarrationGate(sink, () -> sink.now, 500 * MS);

    private static short[] loud(int ms) {
        short[] s = new short[ms * 16];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (i % 2 == 0 ? 4000 : -4000);
        }
        return s;
    }

    @Test
    void silentUntilAnythingIsPlayed() {
        assertTrue(gate.getAsBoolean());
    }

    @Test
    void speechIsAudibleOnlyOnceWhatWasQueuedBeforeItHasPlayed() throws Exception {
        sink.queued = 16 * 200; // 200 ms of silence already queued
        short[] speech = loud(100);
        gate.write(speech, 0, speech.length);
        sink.now = 150 * MS;
        assertTrue(gate.getAsBoolean());
        sink.now = 250 * MS;
        assertFalse(gate.getAsBoolean());
    }

    @Test
    void narratorStaysAudibleForTheTailAfterItsLastSample() throws Exception {
        short[] speech = loud(100);
        gate.write(speech, 0, speech.length);
        sink.now = 550 * MS;
        assertFalse(gate.getAsBoolean());
        sink.now = 650 * MS;
        assertTrue(gate.getAsBoolean());
    }

    @Test
    void silenceWrittenIsNeverAudible() throws Exception {
        short[] silence = new short[1600];
        gate.write(silence, 0, silence.length);
        assertTrue(gate.getAsBoolean());
    }

    @Test
    void flushCutsWhatWasQueuedButNotYetHeard() throws Exception {
        short[] speech = loud(2000);
        gate.write(speech, 0, speech.length);
        sink.now = 100 * MS;
        assertEquals(32000, gate.flush());
        sink.now = 700 * MS;
        assertTrue(gate.getAsBoolean());
    }

    @Test
    void flushForgetsSpeechNotYetStarted() throws Exception {
        sink.queued = 16 * 1000;
        short[] speech = loud(100);
        gate.write(speech, 0, speech.length);
        gate.flush();
        sink.now = 1050 * MS;
        assertTrue(gate.getAsBoolean());
    }
}
