package dev.gsd.parallel.adapters.gsdproject;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.gsd.parallel.application.BadInput;
import java.io.IOException;
import java.util.Map;

/** The small JSON files GSD keeps next to its markdown: strict JSON, one object, no key twice. */
final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /**
     * The JSON object in {@code text}, as {@link Documents}' plain values.
     *
     * @param example the shape the file should have, shown when it has another
     */
    static Map<String, Object> object(String text, String name, String example) {
        Object value;
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new BadInput(name + " is empty; expected " + example);
            }
            value = Documents.value(parser, token);
            if (parser.nextToken() != null) {
                throw new BadInput(name + " is not valid JSON (line " + parser.currentTokenLocation().getLineNr()
                        + "): there is more after the JSON value; expected " + example);
            }
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
            int marker = problem.indexOf(" (start marker at");
            if (marker > 0) {
                problem = problem.substring(0, marker);
            }
            JsonLocation location = e.getLocation();
            String where = location != null && location.getLineNr() > 0
                    ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
            throw new BadInput(name + " is not valid JSON" + where + ": " + TextFiles.oneLine(problem)
                    + "; expected " + example);
        } catch (IOException e) {
            throw new BadInput(name + " cannot be read: " + TextFiles.describe(e));
        }
        if (!(value instanceof Map)) {
            throw new BadInput(name + " must hold a JSON object such as " + example + ", got "
                    + Documents.show(value));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        return object;
    }
}
