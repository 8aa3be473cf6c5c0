package dev.gsd.parallel.application.channel;

import java.math.BigDecimal;
import java.util.Objects;

/** What one line of the agent's NDJSON stdout means to the worker. Lines that mean nothing are not events. */
public sealed interface AgentEvent {

    /** A cost to add: GSD {@code message_end} ({@code message.usage.cost.total}) and {@code {"type":"cost"}}. */
    record CostAdded(BigDecimal usd) implements AgentEvent {
        public CostAdded {
            Objects.requireNonNull(usd, "usd");
        }
    }

    /** The agent's running total, replacing the previous one: Claude Code {@code result.total_cost_usd}. */
    record CostSoFar(BigDecimal usd) implements AgentEvent {
        public CostSoFar {
            Objects.requireNonNull(usd, "usd");
        }
    }

    /** {@code {"type":"unit_start","unitType":…,"unitId":…}}: the agent began a unit of work. */
    record UnitStarted(String unitType, String unitId) implements AgentEvent {
        public UnitStarted {
            Objects.requireNonNull(unitType, "unitType");
            Objects.requireNonNull(unitId, "unitId");
        }
    }

    /** {@code {"type":"unit_end","unitType":…,"unitId":…}}: the agent finished a unit of work. */
    record UnitFinished(String unitType, String unitId) implements AgentEvent {
        public UnitFinished {
            Objects.requireNonNull(unitType, "unitType");
            Objects.requireNonNull(unitId, "unitId");
        }
    }

    /** A complete line that is not JSON, or not the shape its type promises; skipped, counted, never fatal. */
    record Malformed(long lineNumber) implements AgentEvent {
    }
}
