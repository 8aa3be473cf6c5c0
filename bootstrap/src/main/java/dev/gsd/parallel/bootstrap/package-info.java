/**
 * The entry point: wires adapters to ports and runs the command line. {@link dev.gsd.parallel.bootstrap.Main#main}
 * is the only place in the program that touches {@code System.out}, {@code System.err} or {@code System.exit}.
 */
package dev.gsd.parallel.bootstrap;
