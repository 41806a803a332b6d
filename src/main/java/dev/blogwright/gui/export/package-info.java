/**
 * The Export dialog: choosing format and folder, running the export off the FX thread with progress, and the summary
 * of what changed.
 */
package dev.blogwright.gui.export;
