/**
 * The post list: status tabs, search, sort, drag to reorder, multi-selection and the bulk actions of its context
 * menu, each undoable.
 */
package dev.blogwright.gui.postlist;
