/**
 * What the product does, callable without a window: one package per responsibility. Knows nothing of JavaFX, SQL,
 * the app or the command line; declares the repository interfaces the store implements.
 */
package dev.blogwright.logic;
