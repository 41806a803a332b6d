/**
 * Bringing existing blogs in: front matter (YAML, TOML, JSON), Jekyll and Hugo folders, Ghost exports, ZIPs, text
 * decoding and mojibake repair, each refused file a line in the report and the library untouched.
 */
package dev.blogwright.logic.importing;
