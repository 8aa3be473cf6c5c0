package dev.gsd.parallel.adapters.gsdproject;

import java.util.Objects;

/**
 * One scalar of a YAML or JSON document as written: its kind (for YAML, by YAML 1.2's core schema) and its text, so
 * messages can show the value the user typed ({@code 2.50}, {@code "3"}) and YAML 1.1 words such as {@code yes} stay
 * text, as they are for GSD's own YAML library.
 */
record Scalar(Kind kind, String text) {

    enum Kind { STRING, BOOLEAN, INTEGER, DECIMAL, NULL }

    Scalar {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** A null, or a string with nothing in it: treated as a key that is not set. */
    boolean isUnset() {
        return kind == Kind.NULL || kind == Kind.STRING && text.isBlank();
    }

    boolean isString() {
        return kind == Kind.STRING;
    }

    /** The text of {@code value} if it is a string scalar, else null. */
    static String stringOf(Object value) {
        return value instanceof Scalar && ((Scalar) value).isString() ? ((Scalar) value).text() : null;
    }
}
