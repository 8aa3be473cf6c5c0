/**
 * The {@code gsd} command line: the root command and its global options, one {@code …Cmd} class per verb, the
 * exit-code table and the single exception mapper. {@link dev.gsd.parallel.adapters.cli.GsdCli} is the only public
 * entry; everything else is package-private. All output goes through picocli's {@code getOut()}/{@code getErr()}
 * writers, never through {@code System.out}/{@code System.err}.
 */
package dev.gsd.parallel.adapters.cli;
