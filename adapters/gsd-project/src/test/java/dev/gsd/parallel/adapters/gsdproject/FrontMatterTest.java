package dev.gsd.parallel.adapters.gsdproject;

import static dev.gsd.parallel.adapters.gsdproject.TestProject.assertMentions;
import static dev.gsd.parallel.adapters.gsdproject.TestProject.badInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gsd.parallel.application.BadInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static final String NAME = ".gsd/milestones/M002/M002-CONTEXT.md";

    @Test
    void a_file_that_does_not_start_with_three_dashes_has_no_front_matter() {
        FrontMatter split = FrontMatter.split("# M001: Title\n---\nnot: yaml\n---\n", NAME);

        assertTrue(split.yaml().isEmpty());
        assertEquals("# M001: Title\n---\nnot: yaml\n---\n", split.body());
    }

    @Test
    void front_matter_may_follow_leading_whitespace_and_ends_at_the_first_closing_line() {
        FrontMatter split = FrontMatter.split("\n\n  \n---\ndepends_on: [M001]\n---\n# M002: Api\n---\nx\n", NAME);

        assertEquals("depends_on: [M001]\n", split.yaml().orElseThrow());
        assertEquals(5, split.firstLine());
        assertEquals("# M002: Api\n---\nx\n", split.body());
    }

    @Test
    void crlf_files_and_trailing_blanks_on_the_fences_are_accepted() {
        FrontMatter split = FrontMatter.split("--- \r\nstatus: complete\r\n---\t\r\nbody", NAME);

        assertEquals("status: complete\r\n", split.yaml().orElseThrow());
        assertEquals("body", split.body());
    }

    @Test
    void an_empty_front_matter_is_an_empty_mapping() {
        FrontMatter split = FrontMatter.split("---\n---\n# M001: T\n", NAME);

        assertEquals(Map.of(), split.mapping(NAME));
        assertEquals("# M001: T\n", split.body());
    }

    @Test
    void front_matter_that_is_never_closed_is_refused_naming_the_file_and_the_opening_line() {
        BadInput thrown = badInput(() -> FrontMatter.split("\n---\ndepends_on: [M001]\n# M002: Api\n", NAME));

        assertMentions(thrown, NAME, "never closed", "line 2");
    }

    @Test
    void a_four_dash_rule_does_not_open_front_matter() {
        assertTrue(FrontMatter.split("----\ntext\n", NAME).yaml().isEmpty());
    }

    @Test
    void front_matter_larger_than_the_cap_is_refused() {
        String huge = "---\n" + "k: v\n".repeat(60_000) + "---\n";

        assertMentions(badInput(() -> FrontMatter.split(huge, NAME)), NAME, "256 KB");
    }

    @Test
    void yaml_syntax_errors_name_the_line_of_the_file() {
        String text = "---\ndepends_on: [M001\nother: 1\n---\n";

        BadInput thrown = badInput(() -> FrontMatter.split(text, NAME).mapping(NAME));

        assertMentions(thrown, NAME, "YAML syntax error", "line 3");
    }

    @Test
    void a_key_given_twice_is_a_syntax_error() {
        BadInput thrown = badInput(() -> FrontMatter.split("---\na: 1\na: 2\n---\n", NAME).mapping(NAME));

        assertMentions(thrown, "line 3", "'a' appears twice");
    }

    @Test
    void front_matter_that_is_not_key_value_pairs_is_refused() {
        BadInput thrown = badInput(() -> FrontMatter.split("---\n- M001\n---\n", NAME).mapping(NAME));

        assertMentions(thrown, NAME, "'key: value'", "[\"M001\"]");
    }

    @Test
    void scalars_keep_what_the_user_wrote() {
        Map<String, Object> values = Yaml.mapping("a: yes\nb: true\nc: 2.50\nd: '3'\ne: ~\nf:\n", NAME, 1);

        assertEquals(new Scalar(Scalar.Kind.STRING, "yes"), values.get("a"));
        assertEquals(new Scalar(Scalar.Kind.BOOLEAN, "true"), values.get("b"));
        assertEquals(new Scalar(Scalar.Kind.DECIMAL, "2.50"), values.get("c"));
        assertEquals(new Scalar(Scalar.Kind.STRING, "3"), values.get("d"));
        assertTrue(((Scalar) values.get("e")).isUnset());
        assertTrue(((Scalar) values.get("f")).isUnset());
        assertEquals("\"3\"", Documents.show(values.get("d")));
        assertEquals("2.50", Documents.show(values.get("c")));
    }
}
