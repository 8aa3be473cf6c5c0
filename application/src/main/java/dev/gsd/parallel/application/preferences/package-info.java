/** The user's preferences for parallel runs and git, as read from GSD's PREFERENCES.md files. */
package dev.gsd.parallel.application.preferences;
