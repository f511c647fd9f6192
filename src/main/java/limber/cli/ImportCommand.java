package limber.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import limber.export.ExportException;
import limber.export.Exporter;
import limber.importer.ArticleImporter;
import limber.importer.ImportException;
import limber.importer.Imported;
import limber.routine.RoutineLoader;
import limber.routine.RoutineWriter;
import limber.routine.ScriptException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code limber import ARTICLE.txt -o SCRIPT.json}: the article read by the importer, the script
 * checked by the loader, then written aside and moved into place. The report goes to stderr.
 */
final class ImportCommand implements Command {
    @Override
    public String synopsis() {
        return "ARTICLE -o SCRIPT.json";
    }

    @Override
    public String summary() {
        return "Turn a stretching article (text, Markdown or a saved web page: numbered headings, bullet steps, \"Hold ...\" lines) into a routine script.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("SCRIPT.json").desc("script to write").build());
        o.addOption(Option.builder().longOpt("force").desc("overwrite an existing script").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Context context) throws Failure {
        String name = Args.one(line, "import", "ARTICLE");
        Path output = Args.output(line, "import: missing -o SCRIPT.json (the script to write)");
        if (Files.isDirectory(output)) {
            throw Failure.usage(output + ": is a directory; -o names the script to write (e.g. "
                    + output.resolve("routine.json") + ")");
        }
        if (!output.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw Failure.usage(output + ": the script is written as JSON: name it SCRIPT.json");
        }
        Path article = Args.path(name, "ARTICLE");
        String text = read(article);
        Imported imported;
        try {
            Path file = article.getFileName();
            imported = ArticleImporter.read(text, file == null ? name : file.toString());
        } catch (ImportException e) {
            throw Failure.usage(name + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage());
        }
        String json = RoutineWriter.json(imported.routine());
        try {
            RoutineLoader.parse(output.toString(), json, false);
        } catch (ScriptException e) {
            throw Failure.usage(name + ": the imported routine is not a valid script: " + e.getMessage());
        }
        try {
            Exporter.writeFile(output, json, line.hasOption("force"));
        } catch (ExportException e) {
            throw new Failure(e.usage() ? Failure.USAGE : Failure.RUNTIME, e.getMessage());
        }
        for (String l : imported.report().lines(name)) {
            context.err().println(l.startsWith(" ") ? l : "limber: " + l);
        }
        context.err().println("limber: wrote " + output);
        return 0;
    }

    /** The article as text: a regular file, at most 1 MiB, strict UTF-8. */
    private static String read(Path article) throws Failure {
        if (Files.isDirectory(article)) {
            throw Failure.usage(article + ": is a directory, not an article");
        }
        if (!Files.exists(article)) {
            throw Failure.usage(article + ": no such file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(article)) {
            bytes = in.readNBytes(RoutineLoader.MAX_BYTES + 1);
        } catch (AccessDeniedException e) {
            throw Failure.usage(article + ": cannot read (permission denied)");
        } catch (IOException e) {
            throw Failure.usage(article + ": cannot read: " + e.getMessage());
        }
        if (bytes.length > RoutineLoader.MAX_BYTES) {
            throw Failure.usage(article + ": article is larger than 1 MiB");
        }
        String utf16 = RoutineLoader.utf16(bytes);
        if (utf16 != null) {
            throw Failure.usage(article + ": the article is " + utf16 + ", not UTF-8; save it as UTF-8");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Failure.usage(article + ": not UTF-8 text");
        }
    }
}
