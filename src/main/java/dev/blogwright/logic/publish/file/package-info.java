/** The folder target: {@code file:///path}, written with a temporary name and an atomic rename per file. */
package dev.blogwright.logic.publish.file;
