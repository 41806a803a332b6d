/**
 * The incremental cache: {@code InputKeys} fingerprints what a page is made from; the bundle's {@code Manifest}
 * (every file with its content hash, for upload tools) and its binary companion {@code ManifestCache} (page inputs,
 * render facts, feed fragments, for the next export), kept sorted by {@code SortedSection} and held in memory
 * between exports by {@code KnownManifest}. The cache knows no bundle folder and no site.
 */
package dev.blogwright.logic.export.cache;
