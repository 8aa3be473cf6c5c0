package dev.gsd.parallel.adapters.ipc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gsd.parallel.application.channel.AgentEvent;
import java.util.Optional;

/**
 * What one NDJSON line of an agent means. Three cost dialects: GSD's {@code message_end} (an amount per message),
 * Claude Code's {@code result} (a running total) and the plain {@code {"type":"cost","usd":x}}; plus the unit markers
 * {@code unit_start}/{@code unit_end}. Every other JSON line is ignored; a line that is not JSON, or a known type
 * with the wrong shape, is malformed.
 */
final class AgentLines {

    private AgentLines() {
    }

    static Optional<AgentEvent> read(String line, long lineNumber) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = Json.parse(line);
        } catch (Json.Malformed e) {
            return Optional.of(new AgentEvent.Malformed(lineNumber));
        }
        if (!node.isObject()) {
            return Optional.of(new AgentEvent.Malformed(lineNumber));
        }
        String type = node.path("type").asText("");
        switch (type) {
            case "message_end": {
                JsonNode total = node.path("message").path("usage").path("cost").path("total");
                if (total.isMissingNode()) {
                    return Optional.empty(); // a user or tool message carries no cost
                }
                return isAmount(total) ? Optional.of(new AgentEvent.CostAdded(total.decimalValue()))
                        : Optional.of(new AgentEvent.Malformed(lineNumber));
            }
            case "result": {
                JsonNode total = node.path("total_cost_usd");
                if (total.isMissingNode()) {
                    return Optional.empty();
                }
                return isAmount(total) ? Optional.of(new AgentEvent.CostSoFar(total.decimalValue()))
                        : Optional.of(new AgentEvent.Malformed(lineNumber));
            }
            case "cost": {
                JsonNode usd = node.path("usd");
                return isAmount(usd) ? Optional.of(new AgentEvent.CostAdded(usd.decimalValue()))
                        : Optional.of(new AgentEvent.Malformed(lineNumber));
            }
            case "unit_start":
            case "unit_end": {
                JsonNode unitType = node.path("unitType");
                JsonNode unitId = node.path("unitId");
                if (!unitType.isTextual() || !unitId.isTextual()) {
                    return Optional.of(new AgentEvent.Malformed(lineNumber));
                }
                return Optional.of(type.equals("unit_start")
                        ? new AgentEvent.UnitStarted(unitType.asText(), unitId.asText())
                        : new AgentEvent.UnitFinished(unitType.asText(), unitId.asText()));
            }
            default:
                return Optional.empty();
        }
    }

    /**
     * A number that can be a USD amount. An exponent like {@code 1e-50000000} is valid JSON, but adding it exactly
     * would need more memory than a worker has; no real cost is that small or that large.
     */
    private static boolean isAmount(JsonNode number) {
        if (!number.isNumber()) {
            return false;
        }
        java.math.BigDecimal amount = number.decimalValue();
        return amount.scale() <= 20 && amount.precision() - amount.scale() <= 12;
    }
}
