/**
 * The library as plain files: {@code blog.yaml}, {@code posts/<slug>.md} with YAML front matter, {@code assets/}
 * and {@code conflicts/}. Deterministic bytes, so Git sees a one-post change as a one-file diff; readable by Hugo
 * and Jekyll; read back into a library exactly.
 */
package dev.blogwright.logic.sync.text;
