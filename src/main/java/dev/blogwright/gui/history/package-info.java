/**
 * The revision history of a post: the list of revisions, a diff against the current text, restoring one.
 */
package dev.blogwright.gui.history;
