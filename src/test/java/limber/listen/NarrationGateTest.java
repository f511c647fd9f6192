package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import limber.testkit.RecordingSink;
import org.junit.jupiter.api.Test;

class NarrationGateTest {
    private static final long MS = 1_000_000L;

    /** Holds every sample written until it is flushed; the clock is one the test moves. */
    private final RecordingSink sink = RecordingSink.buffered();
    private long now;
    private final NarrationGate gate = new NarrationGate(sink, () -> now, 500 * MS);

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
        sink.queue(16 * 200); // 200 ms of silence already queued
        short[] speech = loud(100);
        gate.write(speech, 0, speech.length);
        now = 150 * MS;
        assertTrue(gate.getAsBoolean());
        now = 250 * MS;
        assertFalse(gate.getAsBoolean());
    }

    @Test
    void narratorStaysAudibleForTheTailAfterItsLastSample() throws Exception {
        short[] speech = loud(100);
        gate.write(speech, 0, speech.length);
        now = 550 * MS;
        assertFalse(gate.getAsBoolean());
        now = 650 * MS;
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
        now = 100 * MS;
        assertEquals(32000, gate.flush());
        now = 700 * MS;
        assertTrue(gate.getAsBoolean());
    }

    @Test
    void flushForgetsSpeechNotYetStarted() throws Exception {
        sink.queue(16 * 1000);
        short[] speech = loud(100);
        gate.write(speech, 0, speech.length);
        gate.flush();
        now = 1050 * MS;
        assertTrue(gate.getAsBoolean());
    }
}
