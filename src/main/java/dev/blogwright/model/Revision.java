package dev.blogwright.model;

import java.time.Instant;

/** A snapshot of a post; {@code metadataJson} holds the fields besides title and body, to restore them too. */
public record Revision(long id, long postId, Instant createdAt, String title, String body, String metadataJson) {
}
