/**
 * The {@code WorkerProcesses} port on Linux: {@code setsid} for a process group per launch, {@code kill} for
 * signals to the group, {@code /proc/<pid>/stat} for liveness and start times (a zombie is dead; a reused pid is
 * someone else). {@link dev.gsd.parallel.adapters.process.LocalWorkerProcesses} is the way in.
 */
package dev.gsd.parallel.adapters.process;
