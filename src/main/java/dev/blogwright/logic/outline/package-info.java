/**
 * A post's outline: its headings as the renderer parses them, each with the section it opens, and moving a section
 * as one edit of the Markdown. Knows no window, so the editor's outline panel and its tests share it.
 */
package dev.blogwright.logic.outline;
