package dev.blogwright.logic.export;

import dev.blogwright.model.Post;
import java.util.Set;

/**
 * A post after the expensive part of an export: its HTML (asset links still relative to the bundle root), its
 * plain-text excerpt, its word count and reading time, the images it uses, and its Draft/Scheduled mark.
 */
public record RenderedPost(Post post, String html, String excerpt, int words, int readingMinutes,
                           Set<String> assets, String mark) {
}
