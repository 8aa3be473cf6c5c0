package dev.gsd.parallel.adapters.gsdproject;

import static dev.gsd.parallel.adapters.gsdproject.TestProject.assertMentions;
import static dev.gsd.parallel.adapters.gsdproject.TestProject.badInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gsd.parallel.domain.plan.MilestoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DependsOnTest {

    private static final String NAME = ".gsd/milestones/M004/M004-CONTEXT.md";

    private static List<String> dependsOn(String frontMatter) {
        return DependsOn.of(Yaml.mapping(frontMatter, NAME, 2), NAME).stream()
                .map(MilestoneId::value).collect(Collectors.toList());
    }

    @Test
    void an_inline_list() {
        assertEquals(List.of("M001", "M002-ab12cd"), dependsOn("depends_on: [M001, M002-ab12cd]"));
    }

    @Test
    void a_block_list_indented_or_not() {
        assertEquals(List.of("M002", "M003"), dependsOn("depends_on:\n  - M002\n  - M003\n"));
        assertEquals(List.of("M002", "M003"), dependsOn("depends_on:\n- M002\n- M003\n"));
    }

    @Test
    void an_empty_list_an_empty_value_and_no_key_mean_no_dependencies() {
        assertEquals(List.of(), dependsOn("depends_on: []"));
        assertEquals(List.of(), dependsOn("depends_on:"));
        assertEquals(List.of(), dependsOn("depends_on: ~"));
        assertEquals(List.of(), dependsOn("title: something else"));
    }

    @Test
    void a_single_id_or_comma_separated_ids_in_a_string() {
        assertEquals(List.of("M001"), dependsOn("depends_on: M001"));
        assertEquals(List.of("M001", "M002"), dependsOn("depends_on: \"M001, M002\""));
    }

    @Test
    void quotes_and_blanks_around_items_are_dropped_and_repeats_count_once() {
        assertEquals(List.of("M001", "M002"), dependsOn("depends_on: [\"M001\", ' M002 ', M001, '']"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "depends_on: [M001, m002]          | \"m002\"",
        "depends_on: [M1]                  | \"M1\"",
        "depends_on: [M0001]               | \"M0001\"",
        "depends_on: [M001-ABCDEF]         | \"M001-ABCDEF\"",
        "depends_on: [1]                   | 1",
        "depends_on: [true]                | true",
        "depends_on: [{id: M001}]          | {id: \"M001\"}",
        "depends_on: [[M001]]              | [\"M001\"]",
    })
    void an_item_that_is_not_a_milestone_id_is_refused_naming_file_key_and_value(String yaml, String shown) {
        assertMentions(badInput(() -> dependsOn(yaml)), NAME, "depends_on contains " + shown, "not a milestone id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"depends_on: {a: M001}", "depends_on: 5", "depends_on: true"})
    void a_value_that_is_neither_a_list_nor_a_string_is_refused(String yaml) {
        assertMentions(badInput(() -> dependsOn(yaml)), NAME, "depends_on must be a list of milestone ids");
    }
}
