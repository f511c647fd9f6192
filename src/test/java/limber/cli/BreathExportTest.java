package limber.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import limber.audio.Clip;
import limber.audio.Earcons;
import limber.speech.Narrator;
import limber.speech.Voice;
import limber.speech.engines.Engines;
import limber.testkit.Narrators;
import limber.testkit.Pcm;
import limber.testkit.Tools;
import limber.timeline.Earcon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hold in breaths exported through the real CLI with a real voice: every sound of the hold is
 * found in the WAV by its own samples, and each lands on its exact sample.
 */
class BreathExportTest {
    static final String ENGLISH = """
            {"title": "Breathing", "breath": 4.5, "countdown": [],
             "stretches": [
               {"name": "Child's pose", "steps": ["Sit back on your heels.", {"hold": true, "breaths": 4, "label": "left side"}]}]}
            """;
    static final String GERMAN = """
            {"language": "de", "title": "Atmen", "breath": 4.5, "countdown": [],
             "stretches": [
               {"name": "Kindeshaltung", "steps": ["Setz dich auf die Fersen.", {"hold": true, "breaths": 4, "label": "linke Seite"}]}]}
            """;

    @TempDir
    Path dir;

    /** Every position at which {@code clip} lies in {@code pcm}, sample for sample. */
    static List<Long> found(short[] pcm, short[] clip) {
        int peak = 0;
        for (int i = 0; i < clip.length; i++) {
            if (Math.abs(clip[i]) > Math.abs(clip[peak])) {
                peak = i;
            }
        }
        List<Long> at = new ArrayList<>();
        for (int p = 0; p + clip.length <= pcm.length; p++) {
            if (pcm[p + peak] == clip[peak] && java.util.Arrays.equals(pcm, p, p + clip.length, clip, 0, clip.length)) {
                at.add((long) p);
                p += clip.length - 1;
            }
        }
        return at;
    }

    /**
     * Exports {@code json} with {@code voice} and checks, in the WAV, that the 4 breaths of
     * {@code breath} samples start where the start chime ends, each breath's tone at exactly
     * {@code k} breaths, each out tone half a breath later (rounded down), the first breath's words
     * right after its tones, and the end chime at exactly 4 breaths.
     */
    private void cuesLandOnTheirSamples(String json, List<String> voice, Narrator narrator, int rate, long breath,
                                        String in, String out, String announcement) throws IOException {
        Path script = dir.resolve("b.json");
        Files.writeString(script, json);
        Path wav = dir.resolve("b.wav");
        Path vtt = dir.resolve("b.vtt");
        List<String> args = new ArrayList<>(List.of("export", "--cache-dir", dir.resolve("cache").toString(),
                script.toString(), "-o", wav.toString(), "--captions", vtt.toString()));
        args.addAll(voice);
        Cli r = Cli.run(Map.of("PATH", System.getenv("PATH")), args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        short[] pcm = Pcm.read(wav, rate);
        Map<Earcon, Clip> tones = Earcons.all(rate);

        List<Long> start = found(pcm, tones.get(Earcon.HOLD_START).toArray());
        assertEquals(1, start.size(), "one start chime");
        long hold = start.get(0) + Earcon.HOLD_START.samples(rate);
        List<Long> ins = new ArrayList<>();
        List<Long> outs = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            ins.add(hold + k * breath);
            outs.add(hold + k * breath + breath / 2);
        }
        assertEquals(ins, found(pcm, tones.get(Earcon.BREATHE_IN).toArray()), "breathe-in tones");
        assertEquals(outs, found(pcm, tones.get(Earcon.BREATHE_OUT).toArray()), "breathe-out tones");
        assertEquals(List.of(hold + 4 * breath), found(pcm, tones.get(Earcon.HOLD_END).toArray()), "the end chime, at 4 breaths");

        int tone = Earcon.BREATHE_IN.samples(rate);
        short[] inWords = narrator.say(in).toArray();
        short[] outWords = narrator.say(out).toArray();
        assertEquals(List.of(hold + tone), found(pcm, inWords), in);
        assertEquals(List.of(hold + breath / 2 + tone), found(pcm, outWords), out);
        // between the cues, the hold is silent
        for (long i = hold + tone + inWords.length; i < hold + breath / 2; i++) {
            assertEquals(0, pcm[(int) i], "silence at " + i);
        }

        String captions = Files.readString(vtt);
        long millis = (hold + tone) * 1000 / rate;
        assertTrue(captions.contains(String.format(java.util.Locale.ROOT, "\n00:%02d:%02d.%03d --> ", millis / 60_000,
                millis / 1000 % 60, millis % 1000)), millis + " ms: " + captions);
        assertTrue(captions.contains("\n" + in + "\n"), captions);
        assertTrue(captions.contains("\n" + announcement + "\n"), captions);
        assertEquals(1, captions.split("\n" + java.util.regex.Pattern.quote(in) + "\n", -1).length - 1, "one cue in words");
    }

    @Test
    void breathCuesInAnEnglishExportLandOnTheirExactSamplesAndTheReleaseAtFourBreaths() throws IOException {
        try (Narrator kevin = Narrators.kevin16(dir.resolve("cache"))) {
            // 4.5 s at 16 kHz: 72,000 samples a breath
            cuesLandOnTheirSamples(ENGLISH, List.of(), kevin, 16_000, 72_000, "Breathe in.", "Breathe out.",
                    "Hold for 4 breaths, left side.");
        }
    }

    @Test
    void breathCuesInAGermanExportWithEspeakNgLandOnTheirExactSamples() throws Exception {
        Tools.require("espeak-ng");
        Engines engines = Engines.on(System.getenv("PATH"));
        Voice v = engines.find("espeak-ng:de");
        try (Narrator de = Narrators.cached(engines.open(v, engines.defaultRate(v), null), dir.resolve("cache"))) {
            // 4.5 s at 22.05 kHz: 99,225 samples a breath, an odd number: the out cue is 49,612 after the in cue
            cuesLandOnTheirSamples(GERMAN, List.of("--voice", "espeak-ng:de"), de, 22_050,
                    99_225, "Atme ein.", "Atme aus.", "Halte 4 Atemzüge lang, linke Seite.");
        }
    }
}
