package dev.blogwright.logic.export;

import dev.blogwright.model.Post;
import java.util.Set;

/**
 * A post as the site's listings, feeds and JSON need it after rendering: its plain-text excerpt, word count and
 * reading time, the images it uses, its Draft/Scheduled mark, and {@code bodyKey}, the fingerprint of what its
 * HTML is made from. The HTML itself is not kept: it is written into the post's page as soon as it is made, so
 * an export's memory does not grow with the number of posts.
 */
public record RenderedPost(Post post, String bodyKey, String excerpt, int words, int readingMinutes,
                           Set<String> assets, String mark) {
}
