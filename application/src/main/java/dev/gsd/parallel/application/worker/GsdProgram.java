package dev.gsd.parallel.application.worker;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that run this very program (for example {@code java <flags> -jar /path/gsd.jar}); a word {@code {gsd}}
 * of {@code parallel.worker_command} stands for them, so {@code {gsd} sim-agent} runs the simulated agent.
 */
public record GsdProgram(List<String> words) {

    public static final String PLACEHOLDER = "{gsd}";

    public GsdProgram {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty program command");
        }
    }

    /** {@code command} with every word {@code {gsd}} replaced by {@link #words}. */
    public List<String> expand(List<String> command) {
        List<String> expanded = new ArrayList<>();
        for (String word : command) {
            if (word.equals(PLACEHOLDER)) {
                expanded.addAll(words);
            } else {
                expanded.add(word);
            }
        }
        return List.copyOf(expanded);
    }
}
