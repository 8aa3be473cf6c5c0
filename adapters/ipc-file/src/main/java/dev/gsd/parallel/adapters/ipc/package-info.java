/**
 * The {@code WorkerChannel} port on files: JSON in GSD's own shapes and formatting (two-space indent, as
 * {@code JSON.stringify(value, null, 2)} writes it), every write atomic (temp file, fsync, atomic rename), every
 * read tolerant (corrupt reads as corrupt, never as an exception). {@link dev.gsd.parallel.adapters.ipc.FileWorkerChannel}
 * is the way in.
 */
package dev.gsd.parallel.adapters.ipc;
