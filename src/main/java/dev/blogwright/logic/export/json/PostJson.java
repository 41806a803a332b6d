package dev.blogwright.logic.export.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.blogwright.logic.export.output.JsonOutput;
import dev.blogwright.logic.post.PostTimes;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of every record, both ways, in one place so writer and reader cannot drift apart. Field names
 * are the records' own (camelCase); every field is written, null included, so a re-import is lossless.
 */
final class PostJson {
    private PostJson() {
    }

    static Map<String, Object> settings(BlogSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("header", s.header());
        m.put("title", s.title());
        m.put("tagline", s.tagline());
        m.put("description", s.description());
        m.put("baseUrl", s.baseUrl());
        m.put("authorName", s.authorName());
        m.put("language", s.language());
        m.put("postsPerPage", s.postsPerPage());
        m.put("dateFormat", s.dateFormat());
        m.put("indexOrder", s.indexOrder().key());
        m.put("theme", s.theme());
        m.put("trustRawHtml", s.trustRawHtml());
        m.put("timeZone", s.timeZone());
        return m;
    }

    static BlogSettings settings(JsonNode n) {
        return new BlogSettings(text(n, "header"), text(n, "title"), text(n, "tagline"), text(n, "description"),
                text(n, "baseUrl"), text(n, "authorName"), text(n, "language"), n.path("postsPerPage").asInt(),
                text(n, "dateFormat"), IndexOrder.fromKey(n.path("indexOrder").asText("manual")), text(n, "theme"),
                n.path("trustRawHtml").asBoolean(), textOrNull(n, "timeZone"));
    }

    static Map<String, Object> category(Category c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("slug", c.slug());
        m.put("description", c.description());
        m.put("colour", c.colour());
        m.put("position", c.position());
        m.put("parentId", c.parentId());
        return m;
    }

    static Category category(JsonNode n) {
        return new Category(n.path("id").asLong(), text(n, "name"), text(n, "slug"), text(n, "description"),
                text(n, "colour"), n.path("position").asDouble(), longOrNull(n, "parentId"));
    }

    static Map<String, Object> tag(Tag t) {
        return new LinkedHashMap<>(Map.of("id", t.id(), "name", t.name(), "slug", t.slug()));
    }

    static Tag tag(JsonNode n) {
        return new Tag(n.path("id").asLong(), text(n, "name"), text(n, "slug"));
    }

    /** Every field of the post but its body. */
    static Map<String, Object> metadata(Post p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("slug", p.slug());
        m.put("title", p.title());
        m.put("excerpt", p.excerpt());
        m.put("icon", p.icon());
        m.put("categoryId", p.categoryId());
        m.put("status", p.status().key());
        m.put("featured", p.featured());
        m.put("trashed", p.trashed());
        m.put("createdAt", JsonOutput.instant(p.createdAt()));
        m.put("updatedAt", JsonOutput.instant(p.updatedAt()));
        // As written (2013-09-06T22:02:41-04:00); publishedOffset tells a date in the blog's zone (null) from one
        // written in UTC, so a re-import is lossless.
        m.put("publishedAt", p.publishedOffset() == null ? JsonOutput.instant(p.publishedAt())
                : PostTimes.iso(PostTimes.published(p, p.publishedOffset())));
        m.put("publishedOffset", p.publishedOffset() == null ? null : p.publishedOffset().getId());
        m.put("language", p.language());
        m.put("metaTitle", p.metaTitle());
        m.put("metaDescription", p.metaDescription());
        m.put("canonicalUrl", p.canonicalUrl());
        m.put("featuredImage", p.featuredImage());
        m.put("featuredImageAlt", p.featuredImageAlt());
        m.put("position", p.position());
        m.put("tags", p.tags());
        m.put("frontMatter", frontMatter(p));
        m.put("sourcePath", p.sourcePath());
        return m;
    }

    static Post post(JsonNode n, String body) {
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(t.asText()));
        return new Post.Builder().id(n.path("id").asLong()).slug(text(n, "slug")).title(text(n, "title"))
                .body(body).excerpt(textOrNull(n, "excerpt")).icon(text(n, "icon"))
                .categoryId(longOrNull(n, "categoryId")).status(PostStatus.fromKey(text(n, "status")))
                .featured(n.path("featured").asBoolean()).trashed(n.path("trashed").asBoolean())
                .createdAt(instant(n, "createdAt")).updatedAt(instant(n, "updatedAt"))
                .publishedAt(instant(n, "publishedAt")).publishedOffset(offset(n, "publishedOffset"))
                .language(text(n, "language"))
                .metaTitle(text(n, "metaTitle")).metaDescription(text(n, "metaDescription"))
                .canonicalUrl(text(n, "canonicalUrl")).featuredImage(text(n, "featuredImage"))
                .featuredImageAlt(text(n, "featuredImageAlt")).position(n.path("position").asDouble())
                .tags(tags).frontMatterJson(JsonOutput.compact(n.path("frontMatter")))
                .sourcePath(textOrNull(n, "sourcePath")).build();
    }

    private static Object frontMatter(Post p) {
        try {
            return JsonOutput.MAPPER.readValue(p.frontMatterJson(), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Post '" + p.slug() + "' has front matter that is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long longOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asLong();
    }

    /** An instant written in UTC ({@code …Z}) or with its offset ({@code …-04:00}). */
    private static Instant instant(JsonNode n, String field) {
        String s = textOrNull(n, field);
        return s == null ? null : OffsetDateTime.parse(s).toInstant();
    }

    private static ZoneOffset offset(JsonNode n, String field) {
        String s = textOrNull(n, field);
        return s == null || s.isBlank() ? null : ZoneOffset.of(s);
    }
}
