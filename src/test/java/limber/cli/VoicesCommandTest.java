package limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `limber voices` and choosing a voice, with the engines .ci/run installs (and without them). */
class VoicesCommandTest {
    static final Map<String, String> ENV = EngineExportTest.ENV;

    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void enginesAreInstalled() {
        limber.testkit.Tools.require(limber.testkit.Tools.ENGINES);
    }

    @Test
    void voicesListsEveryEngineVoiceWithLanguageRateAndLicence() {
        Cli r = Cli.run(ENV, "voices");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("freetts:kevin16 +en-US +16000 Hz +FreeTTS licence \\(BSD-style\\) +\\(default\\)"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("rhvoice:bdl +en +24000 Hz +LGPL-2\\.1\\+ +\\(recommended\\)")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("rhvoice:clb +en +24000 Hz +LGPL-2\\.1\\+")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("rhvoice:lyubov +en +24000 Hz +CC BY-NC-ND 4\\.0 \\(no commercial use\\)")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("flite:rms +en-US +16000 Hz +BSD-style.*")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("espeak-ng:en-us +en-US +22050 Hz +GPL-3\\.0\\+")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("espeak-ng:de +de +22050 Hz +GPL-3\\.0\\+")), r.out());
        assertFalse(r.out().contains("flite:kal ") || r.out().contains("awb_time"), "8 kHz and clock voices are left out");
        assertTrue(r.out().contains("\nrecommended: rhvoice:bdl "), r.out());
        assertFalse(r.out().contains("not installed"), r.out());
    }

    @Test
    void voicesWithoutTheEnginesSaysHowToInstallEach() {
        Cli r = Cli.run(Map.of("PATH", dir.toString()), "voices");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("freetts:kevin16 "), r.out());
        assertTrue(r.out().contains("recommended: freetts:kevin16"), r.out());
        assertTrue(r.out().contains("not installed: RHVoice (RHVoice-test): apt-get install rhvoice rhvoice-english"), r.out());
        assertTrue(r.out().contains("not installed: flite (flite): apt-get install flite\n"), r.out());
        assertTrue(r.out().contains("not installed: eSpeak NG (espeak-ng): apt-get install espeak-ng"), r.out());
    }

    @Test
    void limberVoiceSetsTheDefaultVoiceAndVoiceOverridesIt() throws Exception {
        Path script = Files.writeString(dir.resolve("t.json"), EngineExportTest.TINY);
        Path a = dir.resolve("a.wav");
        Path b = dir.resolve("b.wav");
        Map<String, String> env = Map.of("PATH", System.getenv("PATH"), "LIMBER_VOICE", "espeak-ng:en-us",
                "LIMBER_CACHE_DIR", dir.resolve("cache").toString());
        assertEquals(0, Cli.run(env, "export", script.toString(), "-o", a.toString()).status());
        assertEquals(22_050, (int) AudioSystem.getAudioFileFormat(a.toFile()).getFormat().getSampleRate());
        assertEquals(0, Cli.run(env, "export", script.toString(), "--voice", "clb", "-o", b.toString()).status());
        assertEquals(24_000, (int) AudioSystem.getAudioFileFormat(b.toFile()).getFormat().getSampleRate());
    }

    @Test
    void aBareNameTwoEnginesShareIsOneLineNamingBoth() throws Exception {
        Path script = Files.writeString(dir.resolve("t.json"), EngineExportTest.TINY);
        Cli r = Cli.run(ENV, "export", script.toString(), "--voice", "slt", "-o", dir.resolve("s.wav").toString());
        assertEquals(2, r.status());
        assertEquals("limber: --voice: slt: rhvoice:slt and flite:slt both have it; say which\n", r.err());
        assertFalse(Files.exists(dir.resolve("s.wav")));
    }

    @Test
    void unknownVoicesAndEnginesAreOneLineEach() throws Exception {
        Path script = Files.writeString(dir.resolve("t.json"), EngineExportTest.TINY);
        Cli engine = Cli.run(ENV, "check", script.toString(), "--voice", "polly:joanna");
        assertEquals("limber: --voice: unknown engine \"polly\" (engines: freetts, rhvoice, flite, espeak-ng)\n", engine.err());
        Cli voice = Cli.run(ENV, "check", script.toString(), "--voice", "flite:kal");
        assertEquals("limber: --voice: flite:kal: flite has no voice \"kal\" (installed: kal16, awb, rms, slt)\n", voice.err());
        Cli env = Cli.run(Map.of("PATH", System.getenv("PATH"), "LIMBER_VOICE", "nobody"), "check", script.toString());
        assertEquals("limber: $LIMBER_VOICE: unknown voice \"nobody\" (see limber voices)\n", env.err());
        assertEquals(List.of(2, 2, 2), List.of(engine.status(), voice.status(), env.status()));
    }
}
