package dev.blogwright.model;

import java.time.Instant;

/**
 * A file in the library's assets folder. {@code fileName} is the name inside that folder (content-addressed,
 * so the same image pasted twice is stored once); width and height are 0 when unknown.
 */
public record Asset(long id, String fileName, String sha256, String mimeType, long size, int width, int height,
                    Instant createdAt) {
}
