/**
 * The site bundle: HTML through a Pebble theme, JSON, feeds, sitemap and search index; the bundle writer that builds
 * beside the old bundle and swaps or patches it in; and the incremental cache (input keys, manifest, post memo) that
 * lets a re-export render only what changed.
 */
package dev.blogwright.logic.export;
