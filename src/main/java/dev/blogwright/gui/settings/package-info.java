/**
 * The Blog settings dialog: title, description, base URL, theme, index order and the other settings of a library.
 */
package dev.blogwright.gui.settings;
