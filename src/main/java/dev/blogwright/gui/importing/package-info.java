/**
 * The Import dialog: a dry run that previews what a folder, Ghost export or ZIP would bring in, then the import
 * itself with progress.
 */
package dev.blogwright.gui.importing;
