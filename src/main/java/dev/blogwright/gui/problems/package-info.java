/** The Problems panel: the blog check's findings, refreshed on demand, each opening its post at its place. */
package dev.blogwright.gui.problems;
