package dev.gsd.parallel.adapters.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gsd.parallel.application.channel.AgentEvent;
import dev.gsd.parallel.application.channel.AgentOutput;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's NDJSON stdout: three cost dialects, unit markers, malformed lines, lines still being written. */
class AgentOutputTest {

    @TempDir
    Path root;

    private static Optional<AgentEvent> line(String text) {
        return AgentLines.read(text, 7);
    }

    @Test
    void gsd_message_end_adds_its_cost_exactly() {
        assertEquals(Optional.of(new AgentEvent.CostAdded(new BigDecimal("0.1"))),
                line("{\"type\":\"message_end\",\"message\":{\"usage\":{\"cost\":{\"total\":0.1}}}}"));
        assertEquals(Optional.empty(), line("{\"type\":\"message_end\",\"message\":{\"role\":\"user\"}}"));
    }

    @Test
    void claude_code_result_is_a_running_total() {
        assertEquals(Optional.of(new AgentEvent.CostSoFar(new BigDecimal("1.25"))),
                line("{\"type\":\"result\",\"subtype\":\"success\",\"total_cost_usd\":1.25}"));
    }

    @Test
    void plain_cost_lines_add() {
        assertEquals(Optional.of(new AgentEvent.CostAdded(new BigDecimal("0.07"))),
                line("{\"type\":\"cost\",\"usd\":0.07}"));
    }

    @Test
    void unit_markers() {
        assertEquals(Optional.of(new AgentEvent.UnitStarted("execute-task", "M001/S01/T01")),
                line("{\"type\":\"unit_start\",\"unitType\":\"execute-task\",\"unitId\":\"M001/S01/T01\"}"));
        assertEquals(Optional.of(new AgentEvent.UnitFinished("execute-task", "M001/S01/T01")),
                line("{\"type\":\"unit_end\",\"unitType\":\"execute-task\",\"unitId\":\"M001/S01/T01\"}"));
    }

    @Test
    void malformed_lines_are_reported_with_their_number_and_other_types_ignored() {
        for (String bad : List.of("not json", "{\"type\":\"cost\"", "[1,2]", "{\"type\":\"cost\",\"usd\":\"1\"}",
                "{\"type\":\"message_end\",\"message\":{\"usage\":{\"cost\":{\"total\":\"x\"}}}}",
                "{\"type\":\"unit_start\"}")) {
            assertEquals(Optional.of(new AgentEvent.Malformed(7)), line(bad), bad);
        }
        assertEquals(Optional.empty(), line("{\"type\":\"tool_execution_start\",\"toolName\":\"bash\"}"));
        assertEquals(Optional.empty(), line("   "));
    }

    @Test
    void the_log_is_followed_as_it_grows_and_a_half_written_line_waits() throws Exception {
        MilestoneId m001 = new MilestoneId("M001");
        FileWorkerChannel channel = new FileWorkerChannel();
        Path log = channel.stdoutLog(root, m001);
        try (AgentOutput output = channel.agentOutput(root, m001)) {
            assertEquals(List.of(), output.poll(), "no log yet");
            Files.createDirectories(log.getParent());
            append(log, "{\"type\":\"cost\",\"usd\":0.5}\ngarbage\n{\"type\":\"co");

            assertEquals(List.of(new AgentEvent.CostAdded(new BigDecimal("0.5")), new AgentEvent.Malformed(2)),
                    output.poll());
            assertEquals(List.of(), output.poll());

            append(log, "st\",\"usd\":0.25}\n");
            assertEquals(List.of(new AgentEvent.CostAdded(new BigDecimal("0.25"))), output.poll());
        }
    }

    @Test
    void what_earlier_attempts_wrote_to_the_log_is_not_counted_again() throws Exception {
        MilestoneId m001 = new MilestoneId("M001");
        FileWorkerChannel channel = new FileWorkerChannel();
        Path log = channel.stdoutLog(root, m001);
        Files.createDirectories(log.getParent());
        append(log, "{\"type\":\"cost\",\"usd\":0.01}\n{\"type\":\"unit_end\",\"unitType\":\"t\",\"unitId\":\"u\"}\n");

        try (AgentOutput output = channel.agentOutput(root, m001)) {
            append(log, "{\"type\":\"cost\",\"usd\":0.02}\n");

            assertEquals(List.of(new AgentEvent.CostAdded(new BigDecimal("0.02"))), output.poll());
        }
    }

    @Test
    void a_last_line_without_a_newline_counts_once_the_agent_has_exited() throws Exception {
        MilestoneId m001 = new MilestoneId("M001");
        FileWorkerChannel channel = new FileWorkerChannel();
        Path log = channel.stdoutLog(root, m001);
        try (AgentOutput output = channel.agentOutput(root, m001)) {
            Files.createDirectories(log.getParent());
            append(log, "{\"type\":\"cost\",\"usd\":0.5}\n{\"type\":\"result\",\"total_cost_usd\":0.75}");

            assertEquals(List.of(new AgentEvent.CostAdded(new BigDecimal("0.5"))), output.poll());
            assertEquals(List.of(new AgentEvent.CostSoFar(new BigDecimal("0.75"))), output.finish());
        }
    }

    @Test
    void absurd_amounts_and_overlong_lines_are_malformed_not_fatal() throws Exception {
        assertEquals(Optional.of(new AgentEvent.Malformed(7)), line("{\"type\":\"cost\",\"usd\":1e-50000000}"));
        assertEquals(Optional.of(new AgentEvent.Malformed(7)), line("{\"type\":\"cost\",\"usd\":1e400}"));

        MilestoneId m001 = new MilestoneId("M001");
        FileWorkerChannel channel = new FileWorkerChannel();
        Path log = channel.stdoutLog(root, m001);
        try (AgentOutput output = channel.agentOutput(root, m001)) {
            Files.createDirectories(log.getParent());
            append(log, "{\"type\":\"tool\",\"x\":\"" + "y".repeat(NdjsonAgentOutput.MAX_LINE_BYTES + 10) + "\"}\n"
                    + "{\"type\":\"cost\",\"usd\":0.5}\n");

            assertEquals(List.of(new AgentEvent.Malformed(1), new AgentEvent.CostAdded(new BigDecimal("0.5"))),
                    output.poll());
        }
    }

    private static void append(Path log, String text) throws Exception {
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
