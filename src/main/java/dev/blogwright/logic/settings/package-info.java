/**
 * The blog's settings: loading, validating and saving the settings of a library.
 */
package dev.blogwright.logic.settings;
