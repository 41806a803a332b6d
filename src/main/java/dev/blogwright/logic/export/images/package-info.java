/**
 * Responsive images of the HTML export: the facts of a post's raster images (size, content key), the resized and
 * WebP copies made once and kept with the bundle's cache, and the {@code <picture>} markup that offers them.
 */
package dev.blogwright.logic.export.images;
