package dev.gsd.parallel.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExitCodeTest {

    @Test
    void the_table_is_the_contract_of_design_section_3() {
        assertEquals(List.of(0, 1, 2, 3, 10, 11, 12), Arrays.stream(ExitCode.values()).map(ExitCode::code).toList());
    }
}
