package limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import limber.importer.ArticleImporter;
import limber.routine.RoutineLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limber import}, in-process. */
class ImportCommandTest {
    @TempDir
    Path dir;

    /** The seed article, copied from the importer's test resources. */
    private Path seed() throws IOException {
        Path p = dir.resolve("back-spasm-stretches.txt");
        try (InputStream in = ArticleImporter.class.getResourceAsStream("back-spasm-stretches.txt")) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void importedSeedPassesCheck() throws Exception {
        Path script = dir.resolve("back.json");
        Cli imported = Cli.run("import", seed().toString(), "-o", script.toString());
        assertEquals(0, imported.status(), imported.err());
        Cli checked = Cli.run("check", "--cache-dir", dir.resolve("cache").toString(), script.toString());
        assertEquals(0, checked.status(), checked.err());
        assertTrue(checked.out().contains("  stretches: 6\n  holds: 11 (11 at the chosen length)\n"), checked.out());
    }

    @Test
    void writtenScriptIsTheImportedRoutineAndStdoutStaysEmpty() throws Exception {
        Path script = dir.resolve("back.json");
        Cli r = Cli.run("import", seed().toString(), "-o", script.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals(ArticleImporter.read(Files.readString(seed()), "back-spasm-stretches.txt").routine(),
                RoutineLoader.load(script));
        assertEquals(List.of("back-spasm-stretches.txt", "back.json"), names());
    }

    @Test
    void reportOnStderrCountsAndNamesDroppedLines() throws Exception {
        Path script = dir.resolve("back.json");
        String article = seed().toString();
        List<String> err = Cli.run("import", article, "-o", script.toString()).err().lines().toList();
        assertEquals("limber: imported " + article + ": 6 stretches, 11 holds (10 with a side label), 2 intro lines, "
                + "hold options 15, 30, 45 s from the article, 15 lines dropped", err.get(0));
        assertEquals("  " + article + ":13: dropped (advertising or sign-up): "
                + "\"Sign up to get the BEST of Tom's Guide direct to y...\"", err.get(10));
        assertEquals("limber: wrote " + script, err.get(err.size() - 1));
        assertEquals(1 + 16 + 1, err.size());
    }

    @Test
    void holdForBreathsIsImportedAsAHoldInBreathsWithItsLengthInTheReportAndCheckSaysSo() throws Exception {
        Path article = dir.resolve("child.txt");
        Files.writeString(article, "Rest poses\n1. Child's pose\n- Sit back on your heels.\n- Hold for 8 deep breaths.\n");
        Path script = dir.resolve("child.json");
        Cli r = Cli.run("import", article.toString(), "-o", script.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("\n  " + article + ":4: a hold of 8 breaths (40 s at 5 s a breath, the default \"breath\"): "
                + "\"Hold for 8 deep breaths.\"\n"), r.err());
        String json = Files.readString(script);
        assertTrue(json.contains("\n  \"breath\": 5,\n"), json);
        assertTrue(json.contains("{\n          \"hold\": true,\n          \"breaths\": 8\n        }"), json);
        Cli checked = Cli.run("check", "--cache-dir", dir.resolve("cache").toString(), script.toString());
        assertEquals(0, checked.status(), checked.err());
        assertTrue(checked.out().contains("  holds: 1 (0 at the chosen length)\n"), checked.out());
        assertTrue(checked.out().contains("  holds in breaths: 1, at 5 s a breath: 8 breaths (40 s)\n"), checked.out());
    }

    @Test
    void missingArticleIsOneLineAndExit2() {
        Path missing = dir.resolve("missing.txt");
        Cli r = Cli.run("import", missing.toString(), "-o", dir.resolve("x.json").toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + missing + ": no such file\n", r.err());
    }

    @Test
    void articleWithoutHeadingsIsOneLineAndWritesNothing() throws Exception {
        Path article = dir.resolve("plain.txt");
        Files.writeString(article, "Stretch more\nStretching is good for you.\n- Touch your toes.\n");
        Cli r = Cli.run("import", article.toString(), "-o", dir.resolve("x.json").toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + article + ": no numbered stretch headings found "
                + "(\"1. Name\", \"1) Name\" or \"Step 1: Name\")\n", r.err());
        assertEquals(List.of("plain.txt"), names());
    }

    @Test
    void existingScriptIsNotOverwrittenWithoutForce() throws Exception {
        Path script = dir.resolve("back.json");
        Files.writeString(script, "precious");
        Cli r = Cli.run("import", seed().toString(), "-o", script.toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + script + ": file exists (use --force to overwrite)\n", r.err());
        assertEquals("precious", Files.readString(script));
        assertEquals(List.of("back-spasm-stretches.txt", "back.json"), names());
    }

    @Test
    void forceOverwritesTheScript() throws Exception {
        Path script = dir.resolve("back.json");
        Files.writeString(script, "old");
        Cli r = Cli.run("import", seed().toString(), "-o", script.toString(), "--force");
        assertEquals(0, r.status(), r.err());
        assertEquals(6, RoutineLoader.load(script).stretches().size());
        assertEquals(List.of("back-spasm-stretches.txt", "back.json"), names());
    }

    @Test
    void missingOutputOptionIsAUsageError() throws Exception {
        Cli r = Cli.run("import", seed().toString());
        assertEquals(2, r.status());
        assertEquals("limber: import: missing -o SCRIPT.json (the script to write)\n", r.err());
    }

    @Test
    void outputMustBeAJsonFile() throws Exception {
        Path yaml = dir.resolve("x.yaml");
        Cli r = Cli.run("import", seed().toString(), "-o", yaml.toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + yaml + ": the script is written as JSON: name it SCRIPT.json\n", r.err());
    }

    @Test
    void outputThatIsAnExistingFolderSaysSo() throws Exception {
        Cli r = Cli.run("import", seed().toString(), "-o", dir.toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + dir + ": is a directory; -o names the script to write (e.g. "
                + dir.resolve("routine.json") + ")\n", r.err());
    }

    @Test
    void articleThatIsNotUtf8IsOneLine() throws Exception {
        Path article = dir.resolve("latin1.txt");
        Files.write(article, new byte[] {'T', '\n', '1', '.', ' ', 'S', '\n', '-', ' ', (byte) 0xE9, '\n'});
        Cli r = Cli.run("import", article.toString(), "-o", dir.resolve("x.json").toString());
        assertEquals(2, r.status());
        assertEquals("limber: " + article + ": not UTF-8 text\n", r.err());
    }

    @org.junit.jupiter.api.Test
    void aUtf16ArticleIsNamedAsSuchAndNothingIsWritten() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("limber-import-utf16");
        java.nio.file.Path article = dir.resolve("a.txt");
        java.nio.file.Files.write(article, "Title\n1. Reach\n- Reach up.\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        java.nio.file.Path out = dir.resolve("a.json");
        Cli r = Cli.run("import", article.toString(), "-o", out.toString());
        org.junit.jupiter.api.Assertions.assertEquals(2, r.status());
        org.junit.jupiter.api.Assertions.assertEquals("limber: " + article + ": the article is UTF-16 (little-endian), not UTF-8; save it as UTF-8\n", r.err());
        org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.exists(out));
    }
}
