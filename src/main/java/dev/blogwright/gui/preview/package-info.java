/**
 * The live preview: the post rendered by the one MarkdownRenderer into the export theme's page, updated in place and
 * scrolled with the editor, with JavaScript off.
 */
package dev.blogwright.gui.preview;
