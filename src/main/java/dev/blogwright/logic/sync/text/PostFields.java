package dev.blogwright.logic.sync.text;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A post's fields as front matter, both ways. Keys Hugo and Jekyll know keep their meaning ({@code title},
 * {@code slug}, {@code date}, {@code draft}, {@code tags}, {@code categories}, {@code weight} = the manual
 * position; {@code parent}, a page's parent page by slug); the rest sits under {@code blogwright:}. A field at its default is left out, so files stay short and a
 * change touches the lines it should. Library ids are not written (they differ between computers); the shared
 * id ({@code blogwright.id}) is, so a renamed slug is still the same post.
 */
public final class PostFields {
    /** The key of our own fields. */
    public static final String OWN = "blogwright";
    /** The key (under {@link #OWN}) of the post's shared id. */
    public static final String ID = "id";

    private PostFields() {
    }

    /** The file of {@code p}; {@code category} is its category's name or null; {@code zone} places a date without offset. */
    public static PostFile toFile(Post p, String category, ZoneId zone) {
        return toFile(p, category, null, zone, OptionalInt.empty());
    }

    /** As {@link #toFile(Post, String, ZoneId)}; {@code parent} is a page's parent page's slug, or null. */
    public static PostFile toFile(Post p, String category, String parent, ZoneId zone) {
        return toFile(p, category, parent, zone, OptionalInt.empty());
    }

    /** As {@link #toFile(Post, String, ZoneId)}, with the post's word-count goal ({@code goal:}, left out when none). */
    public static PostFile toFile(Post p, String category, ZoneId zone, OptionalInt goal) {
        return toFile(p, category, null, zone, goal);
    }

    /** The file of {@code p} with its parent page's slug (or null) and its word-count goal. */
    public static PostFile toFile(Post p, String category, String parent, ZoneId zone, OptionalInt goal) {
        return toFile(p, category, parent, zone, goal, null);
    }

    /**
     * As {@link #toFile(Post, String, String, ZoneId, OptionalInt)}, with the id every library of the blog knows the
     * post by ({@code blogwright.id}, left out when null): it follows the post through a change of slug.
     */
    public static PostFile toFile(Post p, String category, String parent, ZoneId zone, OptionalInt goal, String id) {
        Map<String, Object> top = new TreeMap<>();
        if (parent != null) {
            top.put("parent", parent);
        }
        top.put("title", p.title());
        top.put("slug", p.slug());
        if (p.publishedAt() != null) {
            ZoneOffset shown = p.publishedOffset() != null ? p.publishedOffset() : zone.getRules().getOffset(p.publishedAt());
            top.put("date", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(p.publishedAt().atOffset(shown)));
        }
        top.put("draft", p.status() == PostStatus.DRAFT);
        top.put("tags", p.tags());
        top.put("categories", category == null ? List.of() : List.of(category));
        top.put("weight", number(p.position()));
        Map<String, Object> own = new TreeMap<>();
        own.put("status", p.status().key());
        own.put("created", instant(p.createdAt()));
        own.put("updated", instant(p.updatedAt()));
        putIf(own, "icon", p.icon());
        if (p.featured()) {
            own.put("featured", true);
        }
        if (p.trashed()) {
            own.put("trashed", true);
        }
        if (p.excerpt() != null) {
            own.put("excerpt", p.excerpt());
        }
        putIf(own, "language", p.language());
        putIf(own, "metaTitle", p.metaTitle());
        putIf(own, "metaDescription", p.metaDescription());
        putIf(own, "canonicalUrl", p.canonicalUrl());
        putIf(own, "featuredImage", p.featuredImage());
        putIf(own, "featuredImageAlt", p.featuredImageAlt());
        if (p.publishedOffset() != null) {
            own.put("dateOffset", p.publishedOffset().getId());
        }
        if (!p.frontMatterJson().equals("{}")) {
            own.put("frontMatter", p.frontMatterJson());
        }
        if (p.sourcePath() != null) {
            own.put("sourcePath", p.sourcePath());
        }
        if (goal.isPresent()) {
            own.put("goal", (long) goal.getAsInt());
        }
        putIf(own, ID, id);
        top.put(OWN, own);
        return new PostFile(top, p.body());
    }

    /** The post a file describes (id 0, no category id: the caller maps {@link #category(PostFile)} to one). */
    public static Post fromFile(PostFile f, String slug) {
        Map<String, Object> top = f.frontMatter();
        Map<String, Object> own = f.own();
        String status = text(own, "status");
        PostStatus s = status != null ? PostStatus.fromKey(status)
                : Boolean.TRUE.equals(top.get("draft")) ? PostStatus.DRAFT : PostStatus.PUBLISHED;
        String date = text(top, "date");
        String offset = text(own, "dateOffset");
        Object weight = top.get("weight");
        return new Post.Builder().slug(slug).title(text(top, "title")).body(f.body())
                .status(s).publishedAt(date == null ? null : OffsetDateTime.parse(date).toInstant())
                .publishedOffset(offset == null ? null : ZoneOffset.of(offset))
                .tags(strings(top.get("tags")))
                .position(weight instanceof Number n ? n.doubleValue() : 0)
                .createdAt(instantOrNull(text(own, "created"))).updatedAt(instantOrNull(text(own, "updated")))
                .icon(text(own, "icon")).featured(Boolean.TRUE.equals(own.get("featured")))
                .trashed(Boolean.TRUE.equals(own.get("trashed"))).excerpt(text(own, "excerpt"))
                .language(text(own, "language")).metaTitle(text(own, "metaTitle"))
                .metaDescription(text(own, "metaDescription")).canonicalUrl(text(own, "canonicalUrl"))
                .featuredImage(text(own, "featuredImage")).featuredImageAlt(text(own, "featuredImageAlt"))
                .frontMatterJson(text(own, "frontMatter")).sourcePath(text(own, "sourcePath"))
                .build();
    }

    /** The post's shared id ({@code blogwright.id}), or null for a file without one (written by hand). */
    public static String id(PostFile f) {
        String id = text(f.own(), ID);
        return id == null || id.isBlank() ? null : id;
    }

    /** A page's parent page's slug, or null. */
    public static String parent(PostFile f) {
        return text(f.frontMatter(), "parent");
    }

    /** The post's word-count goal, or empty when the file has none (or not a whole number). */
    public static OptionalInt goal(PostFile f) {
        Object v = f.own().get("goal");
        return v instanceof Number n && n.longValue() == n.doubleValue() && n.longValue() > 0
                && n.longValue() <= Integer.MAX_VALUE ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
    }

    /** The post's category name, or null. */
    public static String category(PostFile f) {
        List<String> names = strings(f.frontMatter().get("categories"));
        return names.isEmpty() ? null : names.get(0);
    }

    /** A whole number as a long (written {@code 3}, not {@code 3.0}), so Hugo reads it as an integer weight. */
    static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }

    static String instant(Instant i) {
        return i == null ? null : DateTimeFormatter.ISO_INSTANT.format(i);
    }

    private static Instant instantOrNull(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static void putIf(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }

    static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.forEach(x -> out.add(String.valueOf(x)));
        } else if (v != null) {
            out.add(v.toString());
        }
        return out;
    }
}
