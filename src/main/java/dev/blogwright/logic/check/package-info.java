/**
 * The health of a whole blog, as {@code blogwright check} and the Problems panel show it: small checkers, one
 * per kind of problem, run over the posts by {@link dev.blogwright.logic.check.BlogCheck}, each finding placed at
 * its line and column in the post's Markdown where it has one.
 */
package dev.blogwright.logic.check;
