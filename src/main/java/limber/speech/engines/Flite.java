package limber.speech.engines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import limber.speech.Voice;

/**
 * flite through {@code flite -voice VOICE -f TEXT -o WAV}. Its voices are built into the program
 * ({@code flite -lv}); all speak US English at 16 kHz. Two are left out: {@code kal}, an 8 kHz
 * diphone voice (kal16 is the same speaker at 16 kHz), and {@code awb_time}, which only tells the
 * time. The rate scales {@code duration_stretch}.
 */
final class Flite implements Engine {
    private static final Set<String> LEFT_OUT = Set.of("kal", "awb_time");

    private static final About ABOUT = new About("flite", "flite", "flite",
            "apt-get install flite",
            "libflite");

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public List<Voice> voices(Path program, String path) throws IOException {
        Child.Result r = Child.run(List.of(program.toString(), "-lv"), 10_000);
        String out = r.out();
        int colon = out.indexOf(':');
        if (r.status() != 0 || colon < 0) {
            throw new IOException("flite -lv did not list its voices (exit status " + r.status() + ")");
        }
        List<Voice> voices = new ArrayList<>();
        for (String name : out.substring(colon + 1).trim().split("\\s+")) {
            if (!name.isEmpty() && !LEFT_OUT.contains(name)) {
                voices.add(new Voice(name(), name, "en-US", 16_000, "BSD-style (flite and CMU Arctic)"));
            }
        }
        return voices;
    }

    @Override
    public List<String> command(Path program, Voice voice, int rate, Path text, Path wav) {
        List<String> c = new ArrayList<>(List.of(program.toString(), "-voice", voice.name()));
        if (rate != defaultRate()) {
            c.add("--setf");
            c.add(String.format(Locale.ROOT, "duration_stretch=%.3f", (double) defaultRate() / rate));
        }
        c.addAll(List.of("-f", text.toString(), "-o", wav.toString()));
        return c;
    }

    @Override
    public String reportedVersion(Path program) {
        // "  version: flite-2.2-current Sep 2018 (http://cmuflite.org)"; without it, the
        // fingerprint of its files still tells builds apart
        for (String line : Child.output(List.of(program.toString(), "--version")).split("\n")) {
            if (line.strip().startsWith("version:")) {
                return line.strip().substring(8).strip();
            }
        }
        return "";
    }

    @Override
    public List<Path> dataFiles(Path program, Voice voice) {
        return List.of(); // the voices are inside the program and its libflite_* libraries
    }
}
