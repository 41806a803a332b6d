/**
 * The statistics dialog: posts, words, categories, tags and posts per month.
 */
package dev.blogwright.gui.stats;
