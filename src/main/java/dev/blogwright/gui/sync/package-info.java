/**
 * Sync from the app: the Sync dialog (run, automatic sync setting, conflicted posts), the side-by-side conflict view,
 * the status-bar indicator, and {@link dev.blogwright.gui.sync.AutoSync}, which runs syncs when the scheduler says
 * and keeps the editor's text through them.
 */
package dev.blogwright.gui.sync;
