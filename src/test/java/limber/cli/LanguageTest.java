package limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import limber.speech.Voice;
import limber.speech.engines.Engines;
import limber.testkit.Tools;
import limber.words.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A routine in another language through the real CLI: its voice chosen by its language, its
 * session in that language from title to closing line, and the errors when no voice fits.
 */
class LanguageTest {
    static final Map<String, String> ENV = Map.of("PATH", System.getenv("PATH"));

    /** A tiny routine in German, with every kind of line Limber adds (hold, marks, rest, next). */
    static final String GERMAN = """
            {"language": "de", "title": "Kleine Dehnung", "countdown": [10, 3, 1],
             "holdOptions": [{"seconds": 12, "label": "kurz"}],
             "stretches": [
               {"name": "Arme hoch", "steps": ["Streck die Arme nach oben.", {"hold": true, "label": "linke Seite"}]},
               {"name": "Vorbeuge", "steps": ["Beug dich nach vorn.", {"hold": 1}, {"rest": 2}]}]}
            """;

    @TempDir
    Path dir;

    private Path script(String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    /** The words of every English message Limber says on its own (3 letters or more). */
    private static Set<String> englishWords() {
        Set<String> words = new TreeSet<>();
        for (String key : Catalogue.ENGLISH.keys()) {
            String s = Catalogue.ENGLISH.format(key, "seconds", 30, "options", 3, "number", "2", "total", "6",
                    "name", "", "label", "", "option", "1", "count", 30, "from", "15", "to", "30", "breaths", 5);
            Matcher m = Pattern.compile("\\p{L}{3,}").matcher(s);
            while (m.find()) {
                words.add(m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    @Test
    void germanRoutineExportedWithEspeakNgHasNoEnglishWordOfLimbersOwnInItsCaptions() throws IOException {
        Tools.require("espeak-ng");
        Path vtt = dir.resolve("s.vtt");
        Cli r = Cli.run(ENV, "export", "--cache-dir", dir.resolve("c").toString(), script("tiny.json", GERMAN).toString(),
                "-o", dir.resolve("s.wav").toString(), "--captions", vtt.toString(), "--voice", "espeak-ng:de");
        assertEquals(0, r.status(), r.err());
        String captions = Files.readString(vtt);
        Set<String> english = englishWords();
        assertTrue(english.containsAll(List.of("hold", "seconds", "release", "stretch", "rest", "next", "end", "done")));
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\p{L}+").matcher(captions.replace("WEBVTT", ""));
        while (m.find()) {
            if (english.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                found.add(m.group());
            }
        }
        assertEquals(Set.of(), found, captions);
        for (String line : List.of("Übung 1 von 2: Arme hoch.", "Halte 12 Sekunden lang, linke Seite.", "Noch 10 Sekunden.",
                "Und lösen.", "Kurze Pause. Als Nächstes: Vorbeuge.", "Halte eine Sekunde lang.",
                "Ruh dich 2 Sekunden lang aus.", "Das war die letzte Übung. Gut gemacht.")) {
            assertTrue(captions.contains("\n" + line + "\n"), line + " in\n" + captions);
        }
    }

    @Test
    void germanShorthandIsReadInGermanWhileCaptionsKeepTheAuthorsText() throws IOException {
        Tools.require("espeak-ng");
        // the German voice says "Halte 30 s, 2x, 15–30 Sekunden, 90°, z. B." exactly as the words written out
        String written = "Halte 30 s, 2x, L/R, dann 15\u201330 Sekunden bei 90\u00b0, z. B. am Boden.";
        String said = "Halte 30 Sekunden, zweimal, links und rechts, dann 15 bis 30 Sekunden bei 90 Grad, zum Beispiel am Boden.";
        Path a = dir.resolve("a.wav");
        Path b = dir.resolve("b.wav");
        Path vtt = dir.resolve("a.vtt");
        Cli r = Cli.run(ENV, "export", "--cache-dir", dir.resolve("c").toString(),
                script("a.json", GERMAN.replace("Streck die Arme nach oben.", written)).toString(), "-o", a.toString(),
                "--captions", vtt.toString(), "--voice", "espeak-ng:de");
        assertEquals(0, r.status(), r.err());
        r = Cli.run(ENV, "export", "--cache-dir", dir.resolve("c").toString(),
                script("b.json", GERMAN.replace("Streck die Arme nach oben.", said)).toString(), "-o", b.toString(),
                "--voice", "espeak-ng:de");
        assertEquals(0, r.status(), r.err());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)), "the shorthand is not said as the words");
        assertTrue(Files.readString(vtt).contains("\n" + written + "\n"), Files.readString(vtt));
    }

    @Test
    void withoutVoiceAGermanRoutineIsReadByTheBestInstalledGermanVoice() throws IOException {
        Tools.require("espeak-ng");
        Cli r = Cli.run(ENV, "check", "--cache-dir", dir.resolve("c").toString(), script("tiny.json", GERMAN).toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\n  language: de (voice espeak-ng:de)\n"), r.out());
    }

    @Test
    void polishRoutinePicksRhVoiceWhenItIsInstalled() throws IOException {
        Tools.require("RHVoice-test");
        List<Voice> polish = Engines.on(System.getenv("PATH")).speaking("pl");
        assertFalse(polish.isEmpty() || !polish.get(0).engine().equals("rhvoice"),
                "no RHVoice Polish voice: apt-get install -y --no-install-recommends rhvoice-polish (got " + polish + ")");
        Cli r = Cli.run(ENV, "check", "--cache-dir", dir.resolve("c").toString(), script("tiny.json",
                GERMAN.replace("\"de\"", "\"pl\"")).toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\n  language: pl (voice " + polish.get(0).id() + ")\n"), r.out());
        assertEquals("rhvoice", polish.get(0).engine());
    }

    @Test
    void aVoiceThatDoesNotSpeakTheRoutinesLanguageIsOneLineListingTheVoicesThatDo() throws IOException {
        Tools.require("espeak-ng");
        Path wav = dir.resolve("s.wav");
        Cli r = Cli.run(ENV, "export", "--cache-dir", dir.resolve("c").toString(), script("tiny.json", GERMAN).toString(),
                "-o", wav.toString(), "--voice", "freetts:kevin16");
        assertEquals(2, r.status());
        assertEquals("limber: --voice: freetts:kevin16 does not speak German (de), the routine's language; "
                + "voices that do: espeak-ng:de\n", r.err());
        assertFalse(Files.exists(wav));
    }

    @Test
    void noInstalledVoiceForTheLanguageIsOneLineNamingWhatToInstall() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("bin"));
        Path wav = dir.resolve("s.wav");
        Cli r = Cli.run(Map.of("PATH", empty.toString()), "export", "--cache-dir", dir.resolve("c").toString(),
                script("tiny.json", GERMAN.replace("\"de\"", "\"pl\"")).toString(), "-o", wav.toString());
        assertEquals(2, r.status());
        assertEquals("limber: no installed voice speaks Polish (pl), the routine's language; install one: "
                + "apt-get install rhvoice rhvoice-polish (Debian's contrib and non-free components), "
                + "or apt-get install espeak-ng\n", r.err());
        assertFalse(Files.exists(wav));
    }

    @Test
    void anEnglishRoutineWithoutVoiceIsStillReadByKevin16() throws IOException {
        Cli r = Cli.run(Map.of("PATH", Files.createDirectory(dir.resolve("bin")).toString()), "check",
                "--cache-dir", dir.resolve("c").toString(), "back-spasm-relief");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\n  language: en (voice freetts:kevin16)\n"), r.out());
    }

    @Test
    void theShippedSeedInGermanAndSpanishHasTheSameStepsAndHoldsAsTheEnglish() throws Exception {
        var en = Scripts.load("back-spasm-relief");
        for (String name : List.of("rueckenkraempfe", "espasmos-espalda")) {
            var other = Scripts.load(name);
            assertEquals(name.startsWith("r") ? "de" : "es", other.language());
            assertEquals(en.holdOptions().stream().map(o -> o.seconds()).toList(),
                    other.holdOptions().stream().map(o -> o.seconds()).toList());
            assertEquals(List.of(en.defaultHold(), en.restBetweenStretches(), en.settle(), en.countdown()),
                    List.of(other.defaultHold(), other.restBetweenStretches(), other.settle(), other.countdown()));
            assertEquals(en.stretches().size(), other.stretches().size());
            for (int i = 0; i < en.stretches().size(); i++) {
                var a = en.stretches().get(i).steps();
                var b = other.stretches().get(i).steps();
                assertEquals(a.size(), b.size(), name + " stretch " + (i + 1));
                for (int j = 0; j < a.size(); j++) {
                    assertEquals(a.get(j).getClass(), b.get(j).getClass(), name + " stretch " + (i + 1) + " step " + (j + 1));
                    if (a.get(j) instanceof limber.routine.Step.Hold h) {
                        assertEquals(h.seconds(), ((limber.routine.Step.Hold) b.get(j)).seconds());
                        assertEquals(h.label() == null, ((limber.routine.Step.Hold) b.get(j)).label() == null);
                    }
                }
            }
        }
    }
}
