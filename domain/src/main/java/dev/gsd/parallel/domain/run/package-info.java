/**
 * The run aggregate: one coordinator run over a project, from its start to its end. It is the stream every other
 * fact of a run hangs from.
 */
package dev.gsd.parallel.domain.run;
