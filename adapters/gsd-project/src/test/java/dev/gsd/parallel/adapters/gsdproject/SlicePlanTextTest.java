package dev.gsd.parallel.adapters.gsdproject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gsd.parallel.domain.plan.TaskPlan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlicePlanTextTest {

    @Test
    void tasks_with_their_files_lines() {
        String plan = "# S02: Auth middleware\n\n**Goal:** Reject.\n\n## Tasks\n\n"
                + "- [x] **T01: Token verifier** `est:45m`\n"
                + "  - Files: `src/api/auth/verify.ts`\n"
                + "  - Verify: npm test\n"
                + "- [ ] **T02: Wire middleware into router** `est:30m`\n"
                + "  - Files: src/api/notes-router.ts, `src/shared/api-types.ts`\n"
                + "  - Files: docs/auth.md\n"
                + "- [X] **T03: No files**\n\n"
                + "## Files Likely Touched\n\n- Files: ignored.txt\n";

        assertEquals(List.of(
                new TaskPlan("T01", "Token verifier", true, List.of("src/api/auth/verify.ts")),
                new TaskPlan("T02", "Wire middleware into router", false,
                        List.of("src/api/notes-router.ts", "src/shared/api-types.ts", "docs/auth.md")),
                new TaskPlan("T03", "No files", true, List.of())), SlicePlanText.tasks(plan));
    }

    @Test
    void heading_tasks_are_accepted_too() {
        String plan = "## Tasks\n\n### T01: First\n- Files: a.txt\n\n### T02 -- Second\n**Files:** b.txt\n"
                + "- **Files:** c.txt\n";

        assertEquals(List.of(new TaskPlan("T01", "First", false, List.of("a.txt")),
                new TaskPlan("T02", "Second", false, List.of("c.txt"))), SlicePlanText.tasks(plan));
    }

    @Test
    void a_files_line_before_any_task_belongs_to_none() {
        assertEquals(List.of(), SlicePlanText.tasks("- Files: a.txt\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.txt, src/b.txt                      | a.txt;src/b.txt",
        "`a.txt`, `src/b.txt`                  | a.txt;src/b.txt",
        "` a.txt ` ,, `src/b.txt`,             | a.txt;src/b.txt",
        "`a.txt` (new), ./src/b.txt            | a.txt;src/b.txt",
        "a.txt, a.txt                          | a.txt",
        "'``'                                  | ''",
    })
    void files_are_split_on_commas_with_or_without_backticks(String line, String expected) {
        List<String> files = expected.isEmpty() ? List.of() : List.of(expected.split(";"));

        assertEquals(files, SlicePlanText.files(line));
    }
}
