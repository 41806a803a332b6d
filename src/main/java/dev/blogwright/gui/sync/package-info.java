/** Sync from the app: the Sync dialog (run, summary, conflicted posts) and the side-by-side conflict view. */
package dev.blogwright.gui.sync;
