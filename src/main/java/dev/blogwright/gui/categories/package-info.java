/**
 * The categories and tags manager: rename, merge, reorder and delete, each one undoable step.
 */
package dev.blogwright.gui.categories;
