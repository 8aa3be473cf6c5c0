package dev.gsd.parallel.adapters.ipc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gsd.parallel.adapters.ipc.Json.Malformed;
import dev.gsd.parallel.application.channel.AutoLock;
import dev.gsd.parallel.application.channel.CurrentUnit;
import dev.gsd.parallel.application.channel.Metrics;
import dev.gsd.parallel.application.channel.SignalKind;
import dev.gsd.parallel.application.channel.StatusState;
import dev.gsd.parallel.application.channel.UnitMetrics;
import dev.gsd.parallel.application.channel.WorkerSignal;
import dev.gsd.parallel.application.channel.WorkerStatus;
import dev.gsd.parallel.domain.plan.MilestoneId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The channel files' JSON, field for field as GSD writes them (gsd-parallel-spec §1.3, gsd-context §4): times are
 * epoch milliseconds in status, signal and metrics files, ISO strings in {@code auto.lock}.
 */
final class Codecs {

    private Codecs() {
    }

    // ---- <MID>.status.json

    static ObjectNode status(WorkerStatus status) {
        ObjectNode node = Json.object();
        node.put("milestoneId", status.milestoneId().value());
        node.put("pid", status.pid());
        node.put("state", status.state().word());
        if (status.currentUnit().isPresent()) {
            CurrentUnit unit = status.currentUnit().get();
            ObjectNode current = node.putObject("currentUnit");
            current.put("type", unit.type());
            current.put("id", unit.id());
            current.put("startedAt", unit.startedAt().toEpochMilli());
        } else {
            node.putNull("currentUnit");
        }
        node.put("completedUnits", status.completedUnits());
        node.put("cost", Json.plain(status.cost()));
        node.put("lastHeartbeat", status.lastHeartbeat().toEpochMilli());
        node.put("startedAt", status.startedAt().toEpochMilli());
        node.put("worktreePath", status.worktreePath().toString());
        return node;
    }

    static WorkerStatus status(JsonNode node) throws Malformed {
        requireObject(node);
        String id = Json.text(node, "milestoneId");
        MilestoneId milestone = MilestoneId.parse(id).orElseThrow(() -> new Malformed("'milestoneId' is not one: " + id));
        Optional<CurrentUnit> current = Optional.empty();
        JsonNode unit = node.get("currentUnit");
        if (unit != null && !unit.isNull()) {
            requireObject(unit);
            current = Optional.of(new CurrentUnit(Json.text(unit, "type"), Json.text(unit, "id"),
                    Json.epochMillis(unit, "startedAt")));
        }
        int completed = node.has("completedUnits") ? (int) Json.integer(node, "completedUnits") : 0;
        BigDecimal cost = node.has("cost") ? Json.decimal(node, "cost") : BigDecimal.ZERO;
        return new WorkerStatus(milestone, Json.integer(node, "pid"), state(Json.text(node, "state")), current,
                completed, cost, Json.epochMillis(node, "lastHeartbeat"), Json.epochMillis(node, "startedAt"),
                Path.of(Json.text(node, "worktreePath")));
    }

    private static StatusState state(String word) throws Malformed {
        for (StatusState state : StatusState.values()) {
            if (state.word().equals(word)) {
                return state;
            }
        }
        throw new Malformed("'state' is not running, paused, stopped or error: " + word);
    }

    // ---- <MID>.signal.json

    static ObjectNode signal(WorkerSignal signal) {
        ObjectNode node = Json.object();
        node.put("signal", signal.signal().word());
        node.put("sentAt", signal.sentAt().toEpochMilli());
        node.put("from", signal.from());
        return node;
    }

    static WorkerSignal signal(JsonNode node) throws Malformed {
        requireObject(node);
        String word = Json.text(node, "signal");
        SignalKind kind = null;
        for (SignalKind candidate : SignalKind.values()) {
            if (candidate.word().equals(word)) {
                kind = candidate;
            }
        }
        if (kind == null) {
            throw new Malformed("'signal' is not pause, resume or stop: " + word);
        }
        String from = node.has("from") ? Json.text(node, "from") : WorkerSignal.COORDINATOR;
        return new WorkerSignal(kind, Json.epochMillis(node, "sentAt"), from);
    }

    // ---- worktree .gsd/auto.lock

    static ObjectNode autoLock(AutoLock lock) {
        ObjectNode node = Json.object();
        node.put("pid", lock.pid());
        node.put("startedAt", Json.iso(lock.startedAt()));
        node.put("unitType", lock.unitType());
        node.put("unitId", lock.unitId());
        node.put("unitStartedAt", Json.iso(lock.unitStartedAt()));
        return node;
    }

    static AutoLock autoLock(JsonNode node) throws Malformed {
        requireObject(node);
        return new AutoLock(Json.integer(node, "pid"), Json.isoInstant(node, "startedAt"),
                Json.text(node, "unitType"), Json.text(node, "unitId"), Json.isoInstant(node, "unitStartedAt"));
    }

    // ---- worktree .gsd/metrics.json

    /** The ledger with {@code unit} added or replaced; units written by others are kept as they are. */
    static ObjectNode metricsWith(Optional<JsonNode> existing, UnitMetrics unit, java.time.Instant projectStartedAt) {
        ObjectNode ledger = Json.object();
        ledger.put("version", 1);
        ArrayNode units;
        if (existing.isPresent()) {
            ledger.set("projectStartedAt", existing.get().get("projectStartedAt"));
            units = ((ArrayNode) existing.get().get("units")).deepCopy();
        } else {
            ledger.put("projectStartedAt", projectStartedAt.toEpochMilli());
            units = Json.MAPPER.createArrayNode();
        }
        ObjectNode entry = unit(unit);
        for (int i = 0; i < units.size(); i++) {
            JsonNode other = units.get(i);
            if (sameUnit(other, entry)) {
                units.set(i, entry);
                ledger.set("units", units);
                return ledger;
            }
        }
        units.add(entry);
        ledger.set("units", units);
        return ledger;
    }

    private static boolean sameUnit(JsonNode a, JsonNode b) {
        return a.path("type").equals(b.path("type")) && a.path("id").equals(b.path("id"))
                && a.path("startedAt").asLong(-1) == b.path("startedAt").asLong(-2);
    }

    private static ObjectNode unit(UnitMetrics unit) {
        ObjectNode node = Json.object();
        node.put("type", unit.type());
        node.put("id", unit.id());
        node.put("startedAt", unit.startedAt().toEpochMilli());
        node.put("finishedAt", unit.finishedAt().toEpochMilli());
        ObjectNode tokens = node.putObject("tokens");
        tokens.put("input", 0);
        tokens.put("output", 0);
        tokens.put("cacheRead", 0);
        tokens.put("cacheWrite", 0);
        tokens.put("total", unit.tokens());
        node.put("cost", Json.plain(unit.cost()));
        return node;
    }

    /** Checks the shape GSD's loader insists on: {@code version} exactly 1 and {@code units} an array. */
    static JsonNode checkedLedger(JsonNode node) throws Malformed {
        requireObject(node);
        if (!node.path("version").isIntegralNumber() || node.path("version").asInt() != 1) {
            throw new Malformed("'version' is not 1");
        }
        if (!node.path("units").isArray()) {
            throw new Malformed("'units' is not an array");
        }
        Json.integer(node, "projectStartedAt");
        return node;
    }

    static Metrics metrics(JsonNode node) throws Malformed {
        checkedLedger(node);
        List<UnitMetrics> units = new ArrayList<>();
        for (JsonNode unit : node.get("units")) {
            requireObject(unit);
            long tokens = unit.path("tokens").path("total").asLong(0);
            BigDecimal cost = unit.has("cost") ? Json.decimal(unit, "cost") : BigDecimal.ZERO;
            units.add(new UnitMetrics(Json.text(unit, "type"), Json.text(unit, "id"),
                    Json.epochMillis(unit, "startedAt"), Json.epochMillis(unit, "finishedAt"), cost, tokens));
        }
        return new Metrics(Json.epochMillis(node, "projectStartedAt"), units);
    }

    private static void requireObject(JsonNode node) throws Malformed {
        if (node == null || !node.isObject()) {
            throw new Malformed("not a JSON object");
        }
    }
}
