package dev.gsd.parallel.adapters.gsdproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapTextTest {

    private static RoadmapText.Slice slice(String id, String title, boolean done) {
        return new RoadmapText.Slice(id, title, done);
    }

    @Test
    void checkbox_lines_in_every_tick_style_with_or_without_tags() {
        String roadmap = "# M002: REST API\n\n## Success Criteria\n\n- [ ] curl works\n\n## Slices\n\n"
                + "- [x] **S01: Resource endpoints** `risk:high` `depends:[]`\n  > After this: GET works.\n\n"
                + "- [ ] **S02: Auth middleware** `[sketch]` `risk:medium` `depends:[S01]`\n"
                + "- [X] **S03: Pagination**\n"
                + "* [ ] **S04:Rate limits**\n";

        assertEquals(List.of(slice("S01", "Resource endpoints", true), slice("S02", "Auth middleware", false),
                slice("S03", "Pagination", true), slice("S04", "Rate limits", false)), RoadmapText.slices(roadmap));
    }

    @Test
    void a_slice_listed_twice_counts_once_as_first_listed() {
        String roadmap = "- [ ] **S01: First**\n- [x] **S01: Again**\n";

        assertEquals(List.of(slice("S01", "First", false)), RoadmapText.slices(roadmap));
    }

    @Test
    void lines_that_only_look_similar_are_not_slices() {
        String roadmap = "- [ ] S01: no bold\n- [x] **T01: a task**\n-[x] **S02: no space**\n"
                + "- [x] **S03: unclosed bold\n";

        assertEquals(List.of(), RoadmapText.slices(roadmap));
    }

    @Test
    void pathological_lines_are_neither_slices_nor_slow() {
        String blanks = " ".repeat(9_000);
        String roadmap = "- [ ] **S01: Real**\n" + ("- [ ] **S02: " + blanks + "x\n").repeat(300)
                + ("## Slice S03" + blanks + "\u2028x\n").repeat(100);

        List<RoadmapText.Slice> slices = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> RoadmapText.slices(roadmap));

        assertEquals(List.of(slice("S01", "Real", false)), slices);
    }

    @Test
    void the_older_table_form() {
        String roadmap = "## Slice Overview\n\n| ID | Slice | Risk | Depends | Done | After this |\n"
                + "|----|-------|------|---------|------|------------|\n"
                + "| S01 | Resource endpoints | high | — | ✅ | demo |\n"
                + "| S02 | Auth | medium | S01 | | demo |\n"
                + "| S03 | Complete the docs | low | S02 | [x] | |\n"
                + "| S04 | Pagination | low | S02 | done | |\n";

        assertEquals(List.of(slice("S01", "Resource endpoints", true), slice("S02", "Auth", false),
                slice("S03", "Complete the docs", true), slice("S04", "Pagination", true)),
                RoadmapText.slices(roadmap));
    }

    @Test
    void prose_headings_when_there_is_no_list_or_table() {
        String roadmap = "# M001: Old\n\n## Slice S01: Storage\ntext\n## Slice S02 — Api\n";

        assertEquals(List.of(slice("S01", "Storage", false), slice("S02", "Api", false)),
                RoadmapText.slices(roadmap));
    }
}
