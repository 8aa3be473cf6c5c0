package dev.gsd.parallel.adapters.gsdproject;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A YAML or JSON document as plain values — {@code Map<String, Object>}, {@code List<Object>}, {@link Scalar} —
 * walked from Jackson's token stream. Jackson's own trees would lose what the user wrote ({@code yes} becomes
 * {@code true}, {@code 2.50} becomes {@code 2.5}), and its ObjectMapper costs a tenth of a second of start-up that
 * {@code gsd queue} would pay on every run.
 */
final class Documents {

    /** YAML 1.2 core booleans; Jackson also turns YAML 1.1's yes/no/on/off into booleans. */
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

    private static final int SHOWN_CHARS = 80;

    private Documents() {
    }

    /** The value starting at {@code token}, consuming it entirely. */
    static Object value(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT && next != null;
                    next = parser.nextToken()) {
                String key = parser.currentName();
                map.put(key, value(parser, parser.nextToken()));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY && next != null;
                    next = parser.nextToken()) {
                list.add(value(parser, next));
            }
            return list;
        }
        String text = parser.getText() == null ? "" : parser.getText();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return new Scalar(BOOLEAN_WORDS.contains(text) ? Scalar.Kind.BOOLEAN : Scalar.Kind.STRING, text);
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return new Scalar(Scalar.Kind.INTEGER, text);
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return new Scalar(Scalar.Kind.DECIMAL, text);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new Scalar(Scalar.Kind.NULL, text);
        }
        return new Scalar(Scalar.Kind.STRING, text);
    }

    /** A value as the user wrote it, short enough for a one-line message. */
    static String show(Object value) {
        String shown;
        if (value instanceof Scalar) {
            Scalar scalar = (Scalar) value;
            shown = scalar.isString() ? quote(scalar.text())
                    : scalar.kind() == Scalar.Kind.NULL ? "nothing" : scalar.text();
        } else if (value instanceof Map) {
            shown = ((Map<?, ?>) value).entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + show(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        } else if (value instanceof List) {
            shown = ((List<?>) value).stream().map(Documents::show).collect(Collectors.joining(", ", "[", "]"));
        } else {
            shown = String.valueOf(value);
        }
        return shown.length() > SHOWN_CHARS ? shown.substring(0, SHOWN_CHARS - 3) + "..." : shown;
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length() && i < SHOWN_CHARS; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c == '\n') {
                quoted.append("\\n");
            } else if (Character.isISOControl(c)) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
