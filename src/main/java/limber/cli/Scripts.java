package limber.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import limber.routine.Routine;
import limber.routine.RoutineLoader;
import limber.routine.ScriptException;

/**
 * Finds a routine by path or by name: {@code scripts/NAME.json|yaml|yml} in the working
 * directory, then the routines shipped inside the jar.
 */
final class Scripts {
    static final List<String> EXTENSIONS = List.of(".json", ".yaml", ".yml");
    private static final String EMBEDDED = "/limber/scripts/";
    /** The shipped routines' names (the jar cannot list its own folders portably). */
    static final List<String> SHIPPED = List.of("back-spasm-relief", "rueckenkraempfe", "espasmos-espalda");

    private Scripts() {
    }

    static Routine load(String script) throws Failure {
        return load(script, text -> { });
    }

    /** As {@link #load(String)}, handing every text of the script with its place to {@code texts}. */
    static Routine load(String script, java.util.function.Consumer<RoutineLoader.Located> texts) throws Failure {
        try {
            Path path = Path.of(script);
            if (Files.isRegularFile(path)) {
                return RoutineLoader.load(path, texts);
            }
            if (isName(script)) {
                for (String ext : EXTENSIONS) {
                    Path named = Path.of("scripts", script + ext);
                    if (Files.isRegularFile(named)) {
                        return RoutineLoader.load(named, texts);
                    }
                }
                for (String ext : EXTENSIONS) {
                    try (InputStream in = Scripts.class.getResourceAsStream(EMBEDDED + script + ext)) {
                        if (in != null) {
                            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                            return RoutineLoader.parse("(built in) " + script + ext, text, !ext.equals(".json"), texts);
                        }
                    }
                }
            }
        } catch (ScriptException e) {
            throw Failure.usage(e.getMessage());
        } catch (IOException e) {
            throw Failure.usage(script + ": cannot read: " + e.getMessage());
        }
        if (Files.isDirectory(Path.of(script))) {
            throw Failure.usage(script + ": is a directory, not a routine script");
        }
        throw Failure.usage(script + ": no such file or routine (try `limber list`)");
    }

    /** Routine files in {@code dir}, sorted by name. */
    static List<Path> in(Path dir) throws Failure {
        if (!Files.isDirectory(dir)) {
            throw Failure.usage(dir + ": no such directory");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = new ArrayList<>();
            files.filter(p -> Files.isRegularFile(p) && extension(p) != null).sorted().forEach(found::add);
            return found;
        } catch (IOException e) {
            throw Failure.runtime(dir + ": cannot list: " + e.getMessage());
        }
    }

    static String extension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().filter(name::endsWith).findFirst().orElse(null);
    }

    private static boolean isName(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
