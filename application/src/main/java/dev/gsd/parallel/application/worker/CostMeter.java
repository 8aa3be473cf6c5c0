package dev.gsd.parallel.application.worker;

import dev.gsd.parallel.application.channel.AgentEvent;
import java.math.BigDecimal;

/**
 * An agent's spend from its output: amounts reported one by one are added up; a running total (Claude Code's
 * {@code total_cost_usd}) replaces the previous running total. The two kinds add, so an agent that mixes them is
 * still counted once each.
 */
final class CostMeter {

    private BigDecimal added = BigDecimal.ZERO;
    private BigDecimal soFar = BigDecimal.ZERO;

    /** True if {@code event} changed the total. */
    boolean accept(AgentEvent event) {
        if (event instanceof AgentEvent.CostAdded cost) {
            added = added.add(cost.usd());
            return cost.usd().signum() != 0;
        }
        if (event instanceof AgentEvent.CostSoFar cost) {
            boolean changed = cost.usd().compareTo(soFar) != 0;
            soFar = cost.usd();
            return changed;
        }
        return false;
    }

    BigDecimal total() {
        return added.add(soFar);
    }
}
