/**
 * Use cases and the ports they need. Ports are named for what the core needs ({@code EventStore}, later
 * {@code Worktrees}, {@code WorkerProcesses}, …); adapters implement them and no technology exception crosses them.
 */
package dev.gsd.parallel.application;
