package dev.gsd.parallel.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;

/** How a verb talks to the user: results on stdout (text or one JSON document), warnings and errors on stderr. */
final class Printer {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final PrintWriter out;
    private final PrintWriter err;

    Printer(final CommandSpec verb) {
        this.out = verb.commandLine().getOut();
        this.err = verb.commandLine().getErr();
    }

    void line(final String text) {
        out.println(text);
    }

    void text(final String text) {
        out.print(text);
        out.flush();
    }

    void json(final Object document) {
        try {
            out.println(JSON.writeValueAsString(document));
        } catch (final JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON output", e);
        }
    }

    /** One line on stderr that is neither a result nor the error that ends the command. */
    void warnings(final List<String> warnings) {
        warnings.forEach(warning -> err.println("gsd: warning: " + warning));
    }

    /** A line on stderr exactly as given (used for messages users know word for word). */
    void error(final String line) {
        err.println(line);
    }
}
