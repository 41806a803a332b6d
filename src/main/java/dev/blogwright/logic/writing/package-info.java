/** Aids for the writer that need no window: the span focus mode keeps bright, and progress toward a word goal. */
package dev.blogwright.logic.writing;
