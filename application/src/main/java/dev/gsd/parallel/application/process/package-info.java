/**
 * The {@link dev.gsd.parallel.application.process.WorkerProcesses} port: starting agents and workers as processes
 * that outlive their parent's pipes, telling whether one is still alive (guarded against pid reuse), and signalling
 * its whole process group.
 */
package dev.gsd.parallel.application.process;
