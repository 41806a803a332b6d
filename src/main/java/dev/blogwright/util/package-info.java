/**
 * Small pure helpers with no I/O and no knowledge of the domain: hashes and text fingerprints.
 */
package dev.blogwright.util;
