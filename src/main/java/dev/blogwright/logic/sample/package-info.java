/**
 * The sample blog a new library starts with: the six posts of the blog this product was first made for.
 */
package dev.blogwright.logic.sample;
