package limber.routine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A routine as a JSON script, pretty-printed the way the shipped scripts are written: two-space
 * indents, one value a line, {@code "name": value}. Every field is written, defaults included, so
 * the file says exactly what will be played; {@code source} and {@code intro} are left out when
 * there is none, {@code breath} when the routine has no hold in breaths and the default breath. A step with no pause is a plain string.
 *
 * <pre>{@code
 * RoutineLoader.parse(name, RoutineWriter.json(routine), false).equals(routine)   // always
 * }</pre>
 */
public final class RoutineWriter {
    private static final JsonFactory JSON = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));

    private RoutineWriter() {
    }

    /** The script text, ending with a newline. */
    public static String json(Routine routine) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            g.writeStartObject();
            g.writeNumberField("format", 1);
            if (!routine.language().equals(Routine.DEFAULT_LANGUAGE)) {
                g.writeStringField("language", routine.language());
            }
            g.writeStringField("title", routine.title());
            if (routine.source() != null) {
                g.writeStringField("source", routine.source());
            }
            if (!routine.intro().isEmpty()) {
                g.writeArrayFieldStart("intro");
                for (String line : routine.intro()) {
                    g.writeString(line);
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("holdOptions");
            for (HoldOption option : routine.holdOptions()) {
                g.writeStartObject();
                g.writeNumberField("seconds", option.seconds());
                g.writeStringField("label", option.label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("defaultHold", routine.defaultHold());
            g.writeNumberField("restBetweenStretches", routine.restBetweenStretches());
            g.writeNumberField("settle", routine.settle());
            if (routine.breathHolds() > 0 || routine.breath() != Routine.DEFAULT_BREATH) {
                g.writeFieldName("breath");
                number(g, routine.breath());
            }
            if (routine.ready()) {
                g.writeBooleanField("ready", true);
            }
            if (routine.checkIn()) {
                g.writeBooleanField("checkIn", true);
            }
            if (routine.safety() != null) {
                g.writeStringField("safety", routine.safety());
            }
            g.writeArrayFieldStart("countdown");
            for (int mark : routine.countdown()) {
                g.writeNumber(mark);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("stretches");
            for (Stretch stretch : routine.stretches()) {
                g.writeStartObject();
                g.writeStringField("name", stretch.name());
                g.writeArrayFieldStart("steps");
                for (Step step : stretch.steps()) {
                    step(g, step);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            // a StringWriter does not fail; this would be a bug in the generator
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void step(JsonGenerator g, Step step) throws IOException {
        if (step instanceof Step.Say say) {
            if (say.pauseSeconds() == 0) {
                g.writeString(say.text());
                return;
            }
            g.writeStartObject();
            g.writeStringField("say", say.text());
            g.writeFieldName("pause");
            number(g, say.pauseSeconds());
            g.writeEndObject();
        } else if (step instanceof Step.Hold hold) {
            g.writeStartObject();
            if (hold.seconds() == null) {
                g.writeBooleanField("hold", true);
            } else {
                g.writeNumberField("hold", hold.seconds());
            }
            if (hold.breaths() != null) {
                g.writeNumberField("breaths", hold.breaths());
            }
            if (hold.label() != null) {
                g.writeStringField("label", hold.label());
            }
            g.writeEndObject();
        } else {
            g.writeStartObject();
            g.writeNumberField("rest", ((Step.Rest) step).seconds());
            g.writeEndObject();
        }
    }

    /** Whole seconds as {@code 2}, not {@code 2.0}. */
    private static void number(JsonGenerator g, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            g.writeNumber((long) value);
        } else {
            g.writeNumber(value);
        }
    }
}
