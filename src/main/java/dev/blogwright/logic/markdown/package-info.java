/**
 * The one Markdown renderer for the preview and the export (flexmark, sanitized HTML), with excerpts, word counts
 * and reading time; the fast paths that shadow flexmark's slowest parts live here and are checked against it.
 */
package dev.blogwright.logic.markdown;
