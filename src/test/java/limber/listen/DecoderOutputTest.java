package limber.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How pocketsphinx's output is read; no pocketsphinx needed. */
class DecoderOutputTest {
    /** What {@code pocketsphinx_continuous -kws ... -time yes} writes for a FreeTTS "stop", log included. */
    static final String SPOTTED = String.join("\n",
            "INFO: cmn_live.c(120): Update from < 41.00 -5.29 -0.12  5.09  2.48 -4.07 -1.37 -1.78 -5.08 -2.05 -6.45 -1.42  1.17 >",
            "INFO: cmn_live.c(138): Update to   < 39.48 -7.54  7.64 -5.84 -14.57  5.23  1.16  0.90 -2.91  3.69  0.98 -0.78 -0.36 >",
            "pause  back  stop  next ",
            "pause  0.660 0.790 0.839356",
            "back  0.370 0.470 0.794195",
            "stop  0.250 0.680 0.883279",
            "next  0.110 0.380 0.792528",
            "INFO: kws_search.c(656): TOTAL kws 0.03 CPU 0.035 xRT", "");

    /** The JSGF decode of the same, with a word's alternate pronunciation. */
    private static final String DECODED = String.join("\n",
            "-jsgf                                          grammar.gram",
            "INFO: cmn_live.c(138): Update to   < 39.48 -7.54  7.64 -5.84 -14.57  5.23  1.16  0.90 -2.91  3.69  0.98 -0.78 -0.36 >",
            "forty five", "<sil> 0.000 0.220 1.000000", "forty 0.230 0.600 1.000000", "five(2) 0.610 0.930 1.000000",
            "<sil> 0.940 1.100 1.000000", "");

    @Test
    void detectionsAreReadWithTheirScoresAndSortedByTime() {
        List<DecoderOutput.Detection> d = DecoderOutput.detections(SPOTTED);
        assertEquals(List.of("next", "stop", "back", "pause"), d.stream().map(DecoderOutput.Detection::phrase).toList());
        assertEquals(0.25, d.get(1).start());
        assertEquals(0.68, d.get(1).end());
        // printed 0.883279 = 1.0001^(score - 1500)
        assertEquals(258.7, d.get(1).score(), 0.1);
    }

    @Test
    void decodedWordsSkipSilenceAndFoldAlternatePronunciations() {
        assertEquals("forty five", DecoderOutput.forced(DECODED));
    }
}
