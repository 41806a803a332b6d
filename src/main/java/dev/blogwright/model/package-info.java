/**
 * The domain as records and enums (Post, PostSummary, Category, Tag, BlogSettings …): no JavaFX, no SQL, no I/O.
 */
package dev.blogwright.model;
