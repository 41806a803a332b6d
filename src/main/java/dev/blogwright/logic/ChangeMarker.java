package dev.blogwright.logic;

/**
 * A number that grows with every write to the library's content (posts, tags, categories, settings, images, goals
 * …), never with bookkeeping such as a sync's record of itself: equal numbers mean the library did not change in
 * between, so work derived from it then (a sync's commit, an export) still stands.
 */
public interface ChangeMarker {
    long changeCount();
}
