package limber.speech.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import limber.speech.Voice;

/**
 * eSpeak NG through {@code espeak-ng -v VOICE -s WPM -b 1 -f TEXT -w WAV}. Its voices are its
 * languages ({@code espeak-ng --voices}: {@code en-us}, {@code de}, {@code pt-br} ... at
 * 22.05 kHz), and the MBROLA voices ({@code mb-us2} ... at 16 kHz) whose data and the
 * {@code mbrola} program are installed. Text in {@code [[ ]]} would be read as phoneme codes: the
 * brackets are parted so it is read as words.
 */
final class EspeakNg implements Engine {
    static final Path MBROLA_DIR = Path.of("/usr/share/mbrola");

    private static final About ABOUT = new About("espeak-ng", "espeak-ng", "eSpeak NG",
            "apt-get install espeak-ng (MBROLA voices: apt-get install mbrola mbrola-us2, in Debian's contrib and non-free)",
            "libespeak-ng");

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public List<Voice> voices(Path program, String path) throws IOException {
        Map<String, Voice> voices = new LinkedHashMap<>();
        for (String[] row : rows(program, "--voices")) {
            String language = row[1];
            if (!row[4].startsWith("mb/") && !language.equals("variant")) {
                voices.putIfAbsent(language, new Voice(name(), language, bcp47(language), 22_050, "GPL-3.0+"));
            }
        }
        if (Engines.onPath("mbrola", path) != null) {
            for (String[] row : rows(program, "--voices=mb")) {
                String name = row[4].substring(row[4].indexOf('/') + 1); // mb/mb-us2 -> mb-us2
                String data = name.substring(3).replaceAll("-.*", "");    // mb-de1-en -> de1
                if (Files.isRegularFile(MBROLA_DIR.resolve(data).resolve(data))) {
                    voices.putIfAbsent(name, new Voice(name(), name, bcp47(row[1]), 16_000,
                            "MBROLA voice licence (non-commercial, see /usr/share/doc/mbrola-" + data + ")"));
                }
            }
        }
        return new ArrayList<>(voices.values());
    }

    private static List<String[]> rows(Path program, String option) throws IOException {
        Child.Result r = Child.run(List.of(program.toString(), option), 10_000);
        if (r.status() != 0) {
            throw new IOException("espeak-ng " + option + " failed (exit status " + r.status() + ")");
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length >= 5 && !cols[0].equals("Pty")) {
                rows.add(cols);
            }
        }
        return rows;
    }

    /** espeak-ng's {@code en-gb-x-rp} as BCP 47: {@code en-GB-x-rp}. */
    static String bcp47(String code) {
        String[] parts = code.split("-");
        StringBuilder sb = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        boolean privateUse = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            privateUse |= p.equalsIgnoreCase("x");
            sb.append('-').append(privateUse ? p.toLowerCase(Locale.ROOT)
                    : p.length() == 2 ? p.toUpperCase(Locale.ROOT)
                    : p.length() == 4 && Character.isLetter(p.charAt(0))
                            ? p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1).toLowerCase(Locale.ROOT)
                    : p.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    @Override
    public List<String> command(Path program, Voice voice, int rate, Path text, Path wav) {
        return List.of(program.toString(), "-v", voice.name(), "-s", String.valueOf(rate), "-b", "1",
                "-f", text.toString(), "-w", wav.toString());
    }

    @Override
    public String text(String text) {
        return text.replace("[[", "[ [").replace("]]", "] ]");
    }

    @Override
    public String reportedVersion(Path program) {
        String v = versionLine(program);
        int colon = v.indexOf(':');
        int data = v.indexOf("Data at:");
        return colon < 0 ? "" : (data < 0 ? v.substring(colon + 1) : v.substring(colon + 1, data)).strip();
    }

    /** "eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/.../espeak-ng-data", asked once a program. */
    private static String versionLine(Path program) {
        return VERSION_LINES.computeIfAbsent(program, p -> Child.output(List.of(p.toString(), "--version")));
    }

    private static final Map<Path, String> VERSION_LINES = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public List<Path> dataFiles(Path program, Voice voice) {
        String v = versionLine(program);
        int data = v.indexOf("Data at:");
        List<Path> files = new ArrayList<>();
        if (data >= 0) {
            Path dir = Path.of(v.substring(data + 8).strip());
            for (String f : List.of("phondata", "phontab", "phonindex", "intonations")) {
                files.add(dir.resolve(f));
            }
            files.add(dir.resolve(voice.language().split("-")[0].toLowerCase(Locale.ROOT) + "_dict"));
        }
        if (voice.name().startsWith("mb-")) {
            files.add(MBROLA_DIR.resolve(voice.name().substring(3).replaceAll("-.*", "")));
        }
        return files;
    }
}
