package dev.blogwright.model;

import java.util.Map;

/**
 * Counts for the statistics view and the {@code stats} command; maps keep their insertion order. The post counts
 * and maps are of posts only; {@code pages} counts pages outside the trash; {@code words} is of both.
 */
public record LibraryStats(int posts, int published, int drafts, int scheduled, int trashed, long words,
                           int categories, int tags, int assets,
                           Map<String, Integer> postsPerCategory, Map<String, Integer> postsPerMonth, int pages) {
}
