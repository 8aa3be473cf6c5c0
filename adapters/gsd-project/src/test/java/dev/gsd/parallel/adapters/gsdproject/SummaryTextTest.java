package dev.gsd.parallel.adapters.gsdproject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gsd.parallel.domain.plan.Summary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryTextTest {

    private static final String NAME = ".gsd/milestones/M001/M001-SUMMARY.md";

    private static Summary classify(String text) {
        return SummaryText.classify(FrontMatter.split(text, NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"complete", "done", "skipped", "closed", "Complete", "\"complete\"", "'done' # note"})
    void a_success_status_is_terminal_whatever_the_body_says(String status) {
        assertEquals(Summary.TERMINAL, classify("---\nid: M001\nstatus: " + status + "\n---\n# BLOCKER\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"active", "pending", "blocked", "failed", "failure", "incomplete", "FAILED",
        "not complete"})
    void a_failure_status_is_not_terminal(String status) {
        assertEquals(Summary.NOT_TERMINAL, classify("---\nstatus: " + status + "\n---\n# M001: Done\nAll good.\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# BLOCKER\nThe API key is missing.",
        "## Blocker: upstream down",
        "Auto-mode recovery failed after 3 attempts.",
        "The verification failed on CI.",
        "Status: not complete",
    })
    void a_body_reporting_failure_is_not_terminal(String body) {
        assertEquals(Summary.NOT_TERMINAL, classify("# M001: Title\n\n" + body + "\n"));
        assertEquals(Summary.NOT_TERMINAL, classify("---\nstatus: unknown\n---\n" + body + "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# M001: Title\n\nEverything shipped.\n",
        "---\nid: M001\ntitle: \"Core: domain\"\nkey_files: [a: b\n---\n# M001\n",
        "",
        "```\n# BLOCKER inside a code block\n```\n",
    })
    void anything_else_is_terminal(String text) {
        assertEquals(Summary.TERMINAL, classify(text));
    }
}
