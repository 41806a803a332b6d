/**
 * Opening the library the app starts with, and the dialog that offers another file, a backup or a new library when
 * that fails.
 */
package dev.blogwright.gui.startup;
