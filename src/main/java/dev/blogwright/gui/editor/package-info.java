/**
 * The Markdown editor and the post's Details pane: the text area with highlighting, toolbar, find and replace,
 * autosave and the view model that persists edits through PostService.
 */
package dev.blogwright.gui.editor;
