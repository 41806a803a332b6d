/**
 * Images and other files of a library: stored by content hash in the assets folder beside the library, with their
 * sizes.
 */
package dev.blogwright.logic.asset;
