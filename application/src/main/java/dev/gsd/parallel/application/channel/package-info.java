/**
 * The {@link dev.gsd.parallel.application.channel.WorkerChannel} port: the files through which a worker and the
 * coordinator talk (DESIGN.md §5): the worker's heartbeat/status, the coordinator's signal, the worker's session lock
 * and metrics ledger in its worktree, and the agent's output. Their shapes are GSD's, so GSD's own tools read them.
 */
package dev.gsd.parallel.application.channel;
