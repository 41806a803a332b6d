/** The outline panel beside the Markdown text: the post's headings, jump, follow the caret, drag to move a section. */
package dev.blogwright.gui.outline;
