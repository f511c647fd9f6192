package limber.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import limber.testkit.RecordingSink;
import org.junit.jupiter.api.Test;

class FirstAudioTraceTest {
    @Test
    void theFirstWriteIsTracedOnceAtItsTimeAndEveryWritePassesThrough() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong(1_764_000_000_123L);
        RecordingSink inner = RecordingSink.instant(written -> { });
        FirstAudioTrace trace = new FirstAudioTrace(inner, new PrintStream(err, true, StandardCharsets.UTF_8),
                clock::getAndIncrement);
        trace.write(new short[] {1, 2, 3}, 0, 3);
        trace.write(new short[] {4, 5}, 1, 1);
        assertEquals("limber: trace: first audio at 1764000000123\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(4, inner.samples().length);
    }
}
