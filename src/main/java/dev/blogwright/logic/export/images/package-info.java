/**
 * Responsive images of the HTML export: the facts of a post's raster images (upright size from the header and its
 * EXIF orientation, content key), the resized and WebP copies made once and kept with the bundle's cache and in the
 * library's {@code CopyCache}, the {@code <picture>} markup that offers them, and {@code PostImages}, the site's one
 * door to all of it.
 */
package dev.blogwright.logic.export.images;
