package dev.gsd.parallel.adapters.ipc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** JSON trees in and out, numbers exact (costs are decimals, never doubles). */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final ObjectWriter PRETTY = MAPPER.writer(new JsPrettyPrinter());

    // JavaScript's Date.prototype.toISOString: always milliseconds, always Z.
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static JsonNode parse(byte[] bytes) throws Malformed {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new Malformed("empty");
            }
            return node;
        } catch (java.io.IOException e) {
            throw new Malformed("not JSON: " + firstLine(e.getMessage()));
        }
    }

    static JsonNode parse(String text) throws Malformed {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A cost as JavaScript would print it: no exponent, no trailing zeros. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String iso(Instant instant) {
        return ISO.format(instant);
    }

    static Instant isoInstant(JsonNode node, String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new Malformed("'" + field + "' is not an ISO time");
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new Malformed("'" + field + "' is not an ISO time: " + value.asText());
        }
    }

    static String text(JsonNode node, String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new Malformed("'" + field + "' is missing or not a string");
        }
        return value.asText();
    }

    static long integer(JsonNode node, String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || !value.canConvertToExactIntegral()) {
            throw new Malformed("'" + field + "' is missing or not a whole number");
        }
        return value.longValue();
    }

    static Instant epochMillis(JsonNode node, String field) throws Malformed {
        return Instant.ofEpochMilli(integer(node, field));
    }

    static BigDecimal decimal(JsonNode node, String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new Malformed("'" + field + "' is missing or not a number");
        }
        return value.decimalValue();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The content is not what the file should hold; the message says what is wrong. */
    static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }
}
