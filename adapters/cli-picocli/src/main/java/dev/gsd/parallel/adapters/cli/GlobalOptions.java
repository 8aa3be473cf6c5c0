package dev.gsd.parallel.adapters.cli;

import java.util.Optional;

/** The options given before the verb, as parsed. */
record GlobalOptions(Optional<String> directory, boolean json, boolean noColor, boolean verbose) {
}
