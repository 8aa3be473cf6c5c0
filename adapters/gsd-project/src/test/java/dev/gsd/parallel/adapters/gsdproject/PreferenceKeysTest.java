package dev.gsd.parallel.adapters.gsdproject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreferenceKeysTest {

    @ParameterizedTest
    @CsvSource({
        "parallel.max_worker, parallel.max_workers",
        "parallel.max-workers, parallel.max_workers",
        "parallel.enable, parallel.enabled",
        "parallel.heartbeat_ms, parallel.heartbeat_interval_ms",
        "max_workers, parallel.max_workers",
        "main_branch, git.main_branch",
        "isolation, git.isolation",
        "parallel.main_branch, git.main_branch",
        "git.mainbranch, git.main_branch",
        "parallell, parallel",
        "budget_cieling, budget_ceiling",
    })
    void a_close_or_misplaced_key_gets_a_hint(String unknown, String hint) {
        assertEquals(Optional.of(hint), PreferenceKeys.suggestion(unknown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"colour_scheme", "parallel.speed", "git.x"})
    void a_key_like_nothing_known_gets_no_hint(String unknown) {
        assertEquals(Optional.empty(), PreferenceKeys.suggestion(unknown));
    }
}
