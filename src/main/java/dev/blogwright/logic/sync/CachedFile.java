package dev.blogwright.logic.sync;

/**
 * A post's file as the last sync wrote it: the post at {@code version}, in category {@code categoryId} with the
 * {@code context} it was written in, is the blob {@code blob} at {@code path}. Still true while all three match.
 */
public record CachedFile(long postId, long version, Long categoryId, String context, String path, String blob) {
}
