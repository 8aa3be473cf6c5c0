/**
 * The {@code ProjectPlans} and {@code PreferenceFiles} ports on a GSD project's {@code .gsd/} directory as GSD writes
 * it: milestone directories with markdown planning files, YAML front matter (read with jackson-dataformat-yaml),
 * {@code QUEUE-ORDER.json}, {@code <MID>-META.json} and the {@code PREFERENCES.md} files.
 * {@link dev.gsd.parallel.adapters.gsdproject.GsdProjectFiles} is the only public type.
 *
 * <p>Everything here only reads. Input is hostile until proven otherwise: each file must be UTF-8 text of at most
 * 8 MB, a symlink that leads out of the project is refused, and every problem becomes a one-line {@code BadInput}
 * naming the file (relative to the project root) and, where there is one, the key. Things that are only ignored (a
 * directory whose name is no milestone id, an unknown preference key) become warnings instead.
 *
 * <p>Where GSD's own readers are lenient by accident (quotes kept on inline {@code depends_on} items, {@code \r}
 * kept at line ends, a preference file with a YAML error silently read as empty) this reader is stricter or cleaner;
 * where GSD's rules define the format (file lookup order, the summary classifier, ghost directories, queue order)
 * they are followed.
 */
package dev.gsd.parallel.adapters.gsdproject;
