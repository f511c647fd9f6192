package limber.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import limber.mix.Loudness;
import limber.routine.Routine;
import limber.routine.RoutineLoader;
import limber.testkit.Ebur128;
import limber.testkit.Tools;
import limber.timeline.Event;
import limber.timeline.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed routine exported with each engine's voice, measured by ffmpeg's ebur128 as a podcast
 * tool would: -16 LUFS integrated, true peak at most -1 dBTP, the earcons as loud as the voice,
 * and the same bytes from a cold cache and a warm one.
 */
class LoudnessExportTest {
    @TempDir
    static Path cache;
    @TempDir
    Path dir;

    @BeforeAll
    static void toolsAreInstalled() {
        Tools.require(Tools.ENGINES);
        Tools.require("ffmpeg");
    }

    private static Cli export(Path out, String voice) {
        return Cli.run(EngineExportTest.ENV, "export", "back-spasm-relief", "--voice", voice, "--cache-dir",
                cache.toString(), "-o", out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"freetts:kevin16", "rhvoice:bdl", "flite:kal16", "espeak-ng:en-us"})
    void everyVoiceExportsAtMinus16LufsUnderMinusOneDbtpWithEarconsAsLoudAsTheVoice(String voice) throws Exception {
        Path wav = dir.resolve("a.wav");
        Cli cold = export(wav, voice);
        assertEquals(0, cold.status(), cold.err());
        Ebur128.Reading r = Ebur128.of(wav);
        assertEquals(-16.0, r.integrated(), 0.5, "integrated loudness");
        assertTrue(r.truePeak() <= -1.0, r.truePeak() + " dBTP");

        Path again = dir.resolve("b.wav");
        assertEquals(0, export(again, voice).status());
        assertArrayEquals(Files.readAllBytes(wav), Files.readAllBytes(again), "a cold and a warm export, byte for byte");

        short[] pcm = EngineExportTest.samples(wav);
        Routine seed = RoutineLoader.load(ExportCommandTest.SEED);
        Timeline t = EngineExportTest.session(seed, seed.defaultHold(), voice, cache).timeline();
        assertEquals(t.length(), pcm.length);
        int rate = t.rate();
        double speech = r.integrated();
        for (Event e : t.events()) {
            if (e instanceof Event.Tone tone) {
                double earcon = Loudness.integrated(Arrays.copyOfRange(pcm, (int) tone.start(), (int) tone.end()), rate);
                assertEquals(speech, earcon, 2.0, tone.earcon() + " at " + tone.start() + " against the speech");
                assertTrue(pcm[(int) tone.start()] == 0 && pcm[(int) tone.end() - 1] == 0,
                        "an earcon starts and ends at silence: no click");
            }
        }
    }
}
