package dev.gsd.parallel.adapters.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gsd.parallel.application.channel.AutoLock;
import dev.gsd.parallel.application.channel.CurrentUnit;
import dev.gsd.parallel.application.channel.SignalKind;
import dev.gsd.parallel.application.channel.StatusState;
import dev.gsd.parallel.application.channel.UnitMetrics;
import dev.gsd.parallel.application.channel.WorkerSignal;
import dev.gsd.parallel.application.channel.WorkerStatus;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The channel files byte for byte as GSD writes them. The golden files in {@code src/test/resources/golden} were
 * made by Node.js with {@code fs.writeFileSync(name, JSON.stringify(value, null, 2))}, GSD's own way of writing
 * them, from the shapes in gsd-parallel-spec §1.3 and gsd-context §4; each is also read back to the same value.
 */
class GoldenFilesTest {

    private static final Instant T0 = Instant.ofEpochMilli(1796316600123L);

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String written(com.fasterxml.jackson.databind.JsonNode node) {
        return new String(Json.pretty(node), StandardCharsets.UTF_8);
    }

    @Test
    void status_with_a_current_unit() throws Exception {
        WorkerStatus status = new WorkerStatus(new MilestoneId("M001"), 4242, StatusState.RUNNING,
                Optional.of(new CurrentUnit("execute-task", "M001/S01/T01", T0.plusMillis(5))), 3,
                new BigDecimal("0.30"), T0.plusSeconds(9), T0, Path.of("/p/.gsd/worktrees/M001"));

        assertEquals(golden("status.json"), written(Codecs.status(status)));
        assertEquals(Codecs.status(status), Codecs.status(Codecs.status(Json.parse(golden("status.json")))));
    }

    @Test
    void status_without_a_current_unit_and_zero_cost() throws Exception {
        WorkerStatus status = new WorkerStatus(new MilestoneId("M002-ab12cd"), 7, StatusState.STOPPED,
                Optional.empty(), 0, new BigDecimal("0.000"), T0, T0, Path.of("/p/.gsd/worktrees/M002-ab12cd"));

        assertEquals(golden("status-idle.json"), written(Codecs.status(status)));
    }

    @Test
    void signal() throws Exception {
        WorkerSignal signal = WorkerSignal.fromCoordinator(SignalKind.STOP, T0);

        assertEquals(golden("signal.json"), written(Codecs.signal(signal)));
        assertEquals(signal, Codecs.signal(Json.parse(golden("signal.json"))));
    }

    @Test
    void auto_lock_times_are_iso_with_milliseconds() throws Exception {
        AutoLock lock = new AutoLock(4242, T0, AutoLock.STARTING, AutoLock.BOOTSTRAP, Instant.ofEpochMilli(1796316600000L));

        assertEquals(golden("auto.lock"), written(Codecs.autoLock(lock)));
        assertEquals(lock, Codecs.autoLock(Json.parse(golden("auto.lock"))));
    }

    @Test
    void metrics_ledger() throws Exception {
        UnitMetrics unit = new UnitMetrics("execute-task", "M001/S01/T01", T0, T0.plusSeconds(5),
                new BigDecimal("0.0125"), 0);

        assertEquals(golden("metrics.json"), written(Codecs.metricsWith(Optional.empty(), unit, T0)));
        assertEquals(unit, Codecs.metrics(Json.parse(golden("metrics.json"))).units().get(0));
    }
}
