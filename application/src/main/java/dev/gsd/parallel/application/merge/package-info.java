/** {@code gsd parallel merge}: squash-merging completed milestone branches into the integration branch. */
package dev.gsd.parallel.application.merge;
