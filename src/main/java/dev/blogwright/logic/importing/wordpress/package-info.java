/**
 * WordPress exports (WXR): a safe XML reader (no DTD, size and depth limits), items with their status, dates,
 * categories with parents and tags, block comments removed and the HTML turned into Markdown.
 */
package dev.blogwright.logic.importing.wordpress;
