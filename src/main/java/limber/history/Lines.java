package limber.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link Entry} as one line of JSON and back, with Jackson's streaming API:
 *
 * <pre>{@code
 * {"id":"5f0c...","start":"2026-12-02T05:40:00Z","end":"2026-12-02T05:52:13Z","routine":"Back spasm relief",
 *  "script":"scripts/back-spasm-relief.json","options":{"hold":"15","ready":"true"},"ended":"quit",
 *  "holds":[{"stretch":"Knee to chest stretch","planned":15,"done":15.0}, ...]}
 * }</pre>
 * (one line in the file). Unknown fields are skipped, so a later version's records still read.
 */
final class Lines {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Lines() {
    }

    /** The entry as one line of JSON, without the line feed. */
    static String write(Entry e) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("start", e.start().toString());
            if (e.end() != null) {
                g.writeStringField("end", e.end().toString());
            }
            g.writeStringField("routine", e.routine());
            if (e.script() != null) {
                g.writeStringField("script", e.script());
            }
            g.writeObjectFieldStart("options");
            for (Map.Entry<String, String> o : e.options().entrySet()) {
                g.writeStringField(o.getKey(), o.getValue());
            }
            g.writeEndObject();
            g.writeStringField("ended", e.ended());
            g.writeArrayFieldStart("holds");
            for (Entry.Hold h : e.holds()) {
                g.writeStartObject();
                g.writeStringField("stretch", h.stretch());
                g.writeNumberField("planned", h.planned());
                g.writeNumberField("done", Math.round(h.done() * 10) / 10.0);
                if (h.checkIn() != null) {
                    g.writeStringField("checkIn", h.checkIn());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new IllegalStateException("writing to a string", ex); // a StringWriter does not fail
        }
        return w.toString();
    }

    /** One line back into an entry. */
    static Entry read(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            expect(p, JsonToken.START_OBJECT);
            String id = null;
            Instant start = null;
            Instant end = null;
            String routine = null;
            String script = null;
            String ended = null;
            Map<String, String> options = new LinkedHashMap<>();
            List<Entry.Hold> holds = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> id = text(p);
                    case "start" -> start = instant(p);
                    case "end" -> end = instant(p);
                    case "routine" -> routine = text(p);
                    case "script" -> script = text(p);
                    case "ended" -> ended = text(p);
                    case "options" -> {
                        require(p, JsonToken.START_OBJECT);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            p.nextToken();
                            options.put(key, text(p));
                        }
                    }
                    case "holds" -> {
                        require(p, JsonToken.START_ARRAY);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            holds.add(hold(p));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new IOException("text after the record");
            }
            if (id == null || start == null || routine == null || ended == null) {
                throw new IOException("a record needs \"id\", \"start\", \"routine\" and \"ended\"");
            }
            return new Entry(id, start, end, routine, script, options, ended, holds);
        }
    }

    private static Entry.Hold hold(JsonParser p) throws IOException {
        String stretch = "";
        int planned = 0;
        double done = 0;
        String checkIn = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "stretch" -> stretch = text(p);
                case "planned" -> planned = p.getValueAsInt();
                case "done" -> done = p.getValueAsDouble();
                case "checkIn" -> checkIn = text(p);
                default -> p.skipChildren();
            }
        }
        return new Entry.Hold(stretch, planned, done, checkIn);
    }

    private static void expect(JsonParser p, JsonToken t) throws IOException {
        p.nextToken();
        require(p, t);
    }

    private static void require(JsonParser p, JsonToken t) throws IOException {
        if (p.currentToken() != t) {
            throw new IOException("expected " + t + ", got " + p.currentToken());
        }
    }

    private static String text(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new IOException("\"" + p.currentName() + "\" must be a string");
        }
        return p.getText();
    }

    private static Instant instant(JsonParser p) throws IOException {
        try {
            return Instant.parse(text(p));
        } catch (DateTimeParseException e) {
            throw new IOException("\"" + p.currentName() + "\" is not a time: " + p.getText());
        }
    }
}
