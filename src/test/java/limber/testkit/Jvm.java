package limber.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for child JVMs on this test run's classpath (a child can be given its own environment). */
public final class Jvm {
    private Jvm() {
    }

    /** {@code java -cp <this test's classpath> MAIN ARGS}. */
    public static List<String> java(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** {@code java -cp <this test's classpath> limber.cli.Main ARGS}. */
    public static List<String> limber(String... args) {
        return java("limber.cli.Main", args);
    }
}
