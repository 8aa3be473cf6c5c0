package dev.gsd.parallel.adapters.gsdproject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "M001: Core domain & storage   | Core domain & storage",
        "M001 — Core domain            | Core domain",
        "M001 - Core domain            | Core domain",
        "M002-ab12cd: Search           | Search",
        "Release hardening             | Release hardening",
        "M0012: Not an id prefix       | M0012: Not an id prefix",
    })
    void a_title_loses_its_milestone_id_prefix(String heading, String title) {
        assertEquals(Optional.of(title), Markdown.milestoneTitle(heading));
    }

    @Test
    void a_heading_that_is_only_the_id_has_no_title() {
        assertEquals(Optional.empty(), Markdown.milestoneTitle("M001"));
        assertEquals(Optional.empty(), Markdown.milestoneTitle("M001:  "));
    }

    @Test
    void the_h1_is_the_first_level_one_heading_outside_code_blocks() {
        String text = "Intro\n```\n# not a heading\n```\n## Section\n# M003: Web dashboard ##\n# Later\n";

        assertEquals(Optional.of("M003: Web dashboard"), Markdown.h1(text));
        assertEquals(Optional.empty(), Markdown.h1("## Only a section\n#NoSpace\n"));
    }

    @Test
    void absurdly_long_lines_are_not_parsed() {
        assertEquals(Optional.empty(), Markdown.h1("# " + "x".repeat(Markdown.MAX_LINE)));
    }
}
