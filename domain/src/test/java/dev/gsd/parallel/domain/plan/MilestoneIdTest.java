package dev.gsd.parallel.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MilestoneIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"M001", "M999", "M002-ab12cd", "M010-000000"})
    void valid_ids_parse(String text) {
        assertEquals(Optional.of(new MilestoneId(text)), MilestoneId.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"M1", "M0001", "m001", "M001-ABCDEF", "M001-abc", "M001-abcdefg", "M001 ", "", "../M001"})
    void invalid_ids_do_not_parse(String text) {
        assertEquals(Optional.empty(), MilestoneId.parse(text));
        assertThrows(IllegalArgumentException.class, () -> new MilestoneId(text));
    }

    @ParameterizedTest
    @CsvSource({
        "M001, M001",
        "M002-ab12cd, M002-ab12cd",
        "M001-SOME-NAME, M001",
        "M003-FLIGHT-SIMULATOR, M003",
        "M004-ab12cd-notes, M004-ab12cd",
        "M005-CLI, M005"})
    void directory_names_resolve_to_ids(String directory, String id) {
        assertEquals(Optional.of(new MilestoneId(id)), MilestoneId.ofDirectoryName(directory));
    }

    @ParameterizedTest
    @ValueSource(strings = {"M1", "M0001", "m001", "M001-ABCDEF", "M001-Ab12cd", "notes", "M001-", "M001-a b",
        "M001-../x"})
    void other_directory_names_stand_for_nothing(String directory) {
        assertEquals(Optional.empty(), MilestoneId.ofDirectoryName(directory));
    }

    @Test
    void ids_order_by_number_then_by_suffix() {
        List<MilestoneId> ids = new ArrayList<>(Plans.ids("M010", "M002-zzzzzz", "M002", "M002-aaaaaa", "M001"));
        ids.sort(null);
        assertEquals(Plans.ids("M001", "M002", "M002-aaaaaa", "M002-zzzzzz", "M010"), ids);
    }
}
