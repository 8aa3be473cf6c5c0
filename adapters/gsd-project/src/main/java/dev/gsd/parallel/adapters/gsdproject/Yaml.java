package dev.gsd.parallel.adapters.gsdproject;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gsd.parallel.application.BadInput;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** YAML front matter read with jackson-dataformat-yaml into {@link Documents}' plain values. */
final class Yaml {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern MARK = Pattern.compile(" in '[^']*', line (\\d+), column \\d+");

    private Yaml() {
    }

    /**
     * The key-value pairs of {@code yaml}; empty for an empty document.
     *
     * @param firstLine the line of the file on which {@code yaml} starts, so errors point into the file
     */
    static Map<String, Object> mapping(String yaml, String name, int firstLine) {
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return Map.of();
            }
            Object value = Documents.value(parser, token);
            if (value instanceof Scalar && ((Scalar) value).isUnset()) {
                return Map.of();
            }
            if (!(value instanceof Map)) {
                throw new BadInput(name + ": the front matter must be 'key: value' lines, got "
                        + Documents.show(value));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> mapping = (Map<String, Object>) value;
            return Collections.unmodifiableMap(mapping);
        } catch (JsonProcessingException e) {
            throw syntaxError(e, name, firstLine);
        } catch (IOException e) {
            throw new BadInput(name + " cannot be read: " + TextFiles.describe(e));
        }
    }

    /**
     * One line: the file, the line of the file where YAML gave up, and YAML's own statement of the problem (the last
     * unindented line of its message; the others are context, source excerpts and caret markers).
     */
    static BadInput syntaxError(JsonProcessingException e, String name, int firstLine) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int line = -1;
        Matcher mark = MARK.matcher(message);
        while (mark.find()) {
            line = Integer.parseInt(mark.group(1));
        }
        JsonLocation location = e.getLocation();
        if (line < 0 && location != null && location.getLineNr() > 0) {
            line = location.getLineNr();
        }
        String problem = "";
        for (String text : message.split("\n")) {
            if (!text.isBlank() && !text.startsWith(" ")) {
                problem = text.strip();
            }
        }
        if (problem.startsWith("Duplicate field ")) {
            problem = "the key " + problem.substring("Duplicate field ".length()) + " appears twice";
        }
        String where = line > 0 ? " on line " + (firstLine + line - 1) : "";
        return new BadInput(name + ": YAML syntax error in the front matter" + where + ": "
                + TextFiles.oneLine(problem.isEmpty() ? "unreadable YAML" : problem));
    }
}
