package dev.gsd.parallel.simagent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckboxesTest {

    @Test
    void ticks_the_line_of_the_id_and_leaves_every_other_byte_alone() {
        final String plan = "# S01\r\n\r\n- [ ] **T01: One** `est:5m`\r\n  - Files: a\r\n* [ ]  **T02 : Two**\r\n";

        assertEquals(Optional.of("# S01\r\n\r\n- [x] **T01: One** `est:5m`\r\n  - Files: a\r\n* [ ]  **T02 : Two**\r\n"),
                Checkboxes.tick(plan, "T01"));
        assertEquals(Optional.of("# S01\r\n\r\n- [ ] **T01: One** `est:5m`\r\n  - Files: a\r\n* [x]  **T02 : Two**\r\n"),
                Checkboxes.tick(plan, "T02"));
    }

    @Test
    void a_ticked_box_stays_as_it_is() {
        final String plan = "- [X] **T01: One**\n";

        assertEquals(Optional.of(plan), Checkboxes.tick(plan, "T01"));
        assertTrue(Checkboxes.isTicked(plan, "T01"));
    }

    @Test
    void ids_match_whole_and_code_blocks_are_not_plans() {
        final String plan = "```\n- [ ] **T01: example**\n```\n- [ ] **T010: Ten**\n- [ ] **T01: One**\n";

        assertEquals(Optional.of("```\n- [ ] **T01: example**\n```\n- [ ] **T010: Ten**\n- [x] **T01: One**\n"),
                Checkboxes.tick(plan, "T01"));
    }

    @Test
    void no_line_for_the_id_is_no_tick() {
        assertEquals(Optional.empty(), Checkboxes.tick("### T01: One\n- [ ] **T01 without a closing**\n", "T01"));
        assertFalse(Checkboxes.isTicked("", "T01"));
    }
}
