/** Running a command against an aggregate: load its stream, fold, decide, append with the version it was read at. */
package dev.gsd.parallel.application.command;
