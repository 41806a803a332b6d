/**
 * The JSON bundle other tools read ({@code blog.json} and {@code posts/<slug>.json}, described by
 * {@code schema/blogwright-export.schema.json}): {@code JsonExporter} writes it, {@code JsonSiteReader} reads it
 * back, {@code PostJson} holds the field mapping both use.
 */
package dev.blogwright.logic.export.json;
