/**
 * What every screen shares: the dialog service (so view models are tested with a fake), background tasks off the FX
 * thread, the theme, undo, typed preferences.
 */
package dev.blogwright.gui.common;
