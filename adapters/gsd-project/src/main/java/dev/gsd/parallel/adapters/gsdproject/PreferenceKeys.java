package dev.gsd.parallel.adapters.gsdproject;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which preference keys exist. The file is shared with GSD, so every key GSD defines is accepted silently even
 * though only {@code parallel.*} and {@code git.main_branch} mean anything here; a key neither program knows is a
 * warning, with the nearest known key as a hint. GSD's lists come from its {@code KNOWN_PREFERENCE_KEYS},
 * {@code preferences-validation.ts} and its preferences reference (gsd-2 3.0.0).
 */
final class PreferenceKeys {

    static final String PARALLEL = "parallel";
    static final String GIT = "git";

    static final String ENABLED = "enabled";
    static final String MAX_WORKERS = "max_workers";
    static final String BUDGET_CEILING = "budget_ceiling";
    static final String MERGE_STRATEGY = "merge_strategy";
    static final String AUTO_MERGE = "auto_merge";
    static final String WORKER_COMMAND = "worker_command";
    static final String WORKER_MODEL = "worker_model";
    static final String HEARTBEAT_INTERVAL_MS = "heartbeat_interval_ms";
    static final String STALE_AFTER_MS = "stale_after_ms";
    static final String MAX_RESTARTS = "max_restarts";
    static final String MAIN_BRANCH = "main_branch";

    /** The {@code parallel:} keys: GSD's five and worker_model, plus this orchestrator's own. */
    static final List<String> PARALLEL_KEYS = List.of(ENABLED, MAX_WORKERS, BUDGET_CEILING, MERGE_STRATEGY,
            AUTO_MERGE, WORKER_COMMAND, WORKER_MODEL, HEARTBEAT_INTERVAL_MS, STALE_AFTER_MS, MAX_RESTARTS);

    /** The {@code git:} keys GSD defines; only main_branch is read here. */
    static final List<String> GIT_KEYS = List.of(MAIN_BRANCH, "isolation", "merge_strategy", "collapse_cadence",
            "milestone_resquash", "auto_push", "push_branches", "remote", "pre_merge_check", "commit_type",
            "snapshots", "absorb_snapshot_commits", "manage_gitignore", "worktree_post_create", "auto_pr",
            "pr_target_branch", "commit_docs", "merge_to_main");

    /** The top-level keys GSD defines. */
    static final List<String> TOP_LEVEL_KEYS = List.of("version", "mode", "always_use_skills", "prefer_skills",
            "avoid_skills", "skill_rules", "custom_instructions", "models", "skill_discovery", "skill_staleness_days",
            "auto_supervisor", "uat_dispatch", "unique_milestone_ids", "budget_ceiling", "budget_enforcement",
            "context_pause_threshold", "notifications", "cmux", "remote_questions", GIT, "post_unit_hooks",
            "pre_dispatch_hooks", "dynamic_routing", "modelOverrides", "token_profile", "phases", "auto_visualize",
            "auto_report", PARALLEL, "verification_commands", "verification_auto_fix", "verification_max_retries",
            "search_provider", "context_selection", "compression_strategy", "widget_mode", "reactive_execution",
            "gate_evaluation", "github", "service_tier", "forensics_dedup", "show_token_cost",
            "stale_commit_threshold_minutes", "context_management", "experimental", "codebase", "slice_parallel",
            "safety_harness", "enhanced_verification", "enhanced_verification_pre", "enhanced_verification_post",
            "enhanced_verification_strict", "discuss_preparation", "discuss_web_research", "discuss_depth",
            "components", "per_unit_cost_cap_usd", "planning_depth", "disabled_model_providers");

    private PreferenceKeys() {
    }

    /** The warning for an unknown key, written as a dotted path ({@code parallel.max_worker}). */
    static String unknown(String file, String path) {
        return file + ": unknown preference key '" + path + "' (ignored)"
                + suggestion(path).map(known -> "; did you mean '" + known + "'?").orElse("");
    }

    /**
     * The known key {@code path} most likely meant: the same key in another block ({@code max_workers} at the top
     * level is {@code parallel.max_workers}), else the nearest spelling in its own block.
     */
    static Optional<String> suggestion(String path) {
        int dot = path.indexOf('.');
        String block = dot < 0 ? "" : path.substring(0, dot);
        String key = normal(dot < 0 ? path : path.substring(dot + 1));
        if (!block.equals(PARALLEL) && PARALLEL_KEYS.contains(key)) {
            return Optional.of(PARALLEL + "." + key);
        }
        if (!block.equals(GIT) && GIT_KEYS.contains(key)) {
            return Optional.of(GIT + "." + key);
        }
        List<String> candidates = block.equals(PARALLEL) ? PARALLEL_KEYS
                : block.equals(GIT) ? GIT_KEYS : TOP_LEVEL_KEYS;
        String prefix = block.isEmpty() ? "" : block + ".";
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(key, normal(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = key.length() <= 4 ? 1 : key.length() <= 8 ? 2 : 3;
        if (best != null && bestDistance <= allowed) {
            return Optional.of(prefix + best);
        }
        // a shortened name: every word of it is a word of exactly one known key (heartbeat_ms)
        List<String> words = List.of(key.split("_"));
        List<String> containing = candidates.stream()
                .filter(candidate -> List.of(normal(candidate).split("_")).containsAll(words))
                .collect(Collectors.toList());
        return containing.size() == 1 && key.length() >= 4 ? Optional.of(prefix + containing.get(0))
                : Optional.empty();
    }

    private static String normal(String key) {
        return key.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
