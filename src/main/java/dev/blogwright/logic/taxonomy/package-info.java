/**
 * Categories and tags: creating, renaming, merging, ordering and deleting them.
 */
package dev.blogwright.logic.taxonomy;
