package limber.speech.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import limber.speech.Voice;

/**
 * RHVoice through {@code RHVoice-test -p VOICE -i TEXT -o WAV}. Its voices are the folders of
 * {@code /usr/share/RHVoice/voices} (or {@code /usr/local/share/...}), each with a
 * {@code voice.info} naming its language; the rate is the highest of the voice's rate folders
 * (24 kHz for the English voices). {@code -R} does not change the rate it writes, so it is not
 * used; {@code -r} is a percentage of its default pace.
 */
final class RhVoice implements Engine {
    static final List<Path> VOICE_DIRS = List.of(Path.of("/usr/share/RHVoice/voices"),
            Path.of("/usr/local/share/RHVoice/voices"));
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("russian", "ru"), Map.entry("ukrainian", "uk"),
            Map.entry("polish", "pl"), Map.entry("brazilian-portuguese", "pt-BR"),
            Map.entry("portuguese", "pt"), Map.entry("esperanto", "eo"), Map.entry("georgian", "ka"),
            Map.entry("kyrgyz", "ky"), Map.entry("tatar", "tt"), Map.entry("macedonian", "mk"),
            Map.entry("albanian", "sq"), Map.entry("czech", "cs"), Map.entry("slovak", "sk"),
            Map.entry("uzbek", "uz"), Map.entry("vietnamese", "vi"), Map.entry("kazakh", "kk"));
    /** Voices under a non-commercial, no-derivatives licence (Debian's copyright file). */
    private static final Set<String> NON_COMMERCIAL = Set.of("lyubov", "evgeniy-eng", "evgeniy-rus", "arina",
            "artemiy", "pavel", "victoria", "yuriy", "mikhail", "tatiana", "vitaliy");

    private static final About ABOUT = new About("rhvoice", "RHVoice-test", "RHVoice",
            "apt-get install rhvoice rhvoice-english (Debian's contrib and non-free components;"
                    + " other languages: rhvoice-russian, rhvoice-polish, rhvoice-ukrainian, rhvoice-brazilian-portuguese ...)",
            "librhvoice");

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public List<Voice> voices(Path program, String path) throws IOException {
        List<Voice> voices = new ArrayList<>();
        for (Path root : VOICE_DIRS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path dir : dirs.sorted().toList()) {
                    Path info = dir.resolve("voice.info");
                    if (!Files.isRegularFile(info)) {
                        continue;
                    }
                    String language = "und";
                    for (String line : Files.readAllLines(info)) {
                        if (line.startsWith("language=")) {
                            String l = line.substring(9).trim().toLowerCase(Locale.ROOT);
                            language = LANGUAGES.getOrDefault(l, "und");
                        }
                    }
                    int rate = rate(dir);
                    String name = dir.getFileName().toString();
                    if (rate > 0 && voices.stream().noneMatch(v -> v.name().equals(name))) {
                        voices.add(new Voice(name(), name, language, rate, licence(name)));
                    }
                }
            }
        }
        return voices;
    }

    /** The highest of the voice's rate folders ("16000", "24000"), or 0 for none. */
    private static int rate(Path dir) throws IOException {
        int best = 0;
        try (Stream<Path> subs = Files.list(dir)) {
            for (Path p : subs.toList()) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p) && n.matches("[0-9]{4,6}")) {
                    best = Math.max(best, Integer.parseInt(n));
                }
            }
        }
        return best;
    }

    static String licence(String voice) {
        return NON_COMMERCIAL.contains(voice) ? "CC BY-NC-ND 4.0 (no commercial use)" : "LGPL-2.1+";
    }

    @Override
    public List<String> command(Path program, Voice voice, int rate, Path text, Path wav) {
        List<String> c = new ArrayList<>(List.of(program.toString(), "-p", voice.name()));
        if (rate != defaultRate()) {
            c.add("-r");
            c.add(String.valueOf(Math.round(100.0 * rate / defaultRate())));
        }
        c.addAll(List.of("-i", text.toString(), "-o", wav.toString()));
        return c;
    }

    @Override
    public String reportedVersion(Path program) {
        return ""; // RHVoice-test --version prints "version: none"
    }

    @Override
    public List<Path> dataFiles(Path program, Voice voice) {
        List<Path> files = new ArrayList<>();
        for (Path root : VOICE_DIRS) {
            files.add(root.resolve(voice.name()));
            files.add(root.getParent().resolve("languages"));
        }
        files.add(Path.of("/etc/RHVoice/RHVoice.conf"));
        return files;
    }
}
