/** Reading a GSD project: where its root is, and its milestones as a validated plan. */
package dev.gsd.parallel.application.project;
