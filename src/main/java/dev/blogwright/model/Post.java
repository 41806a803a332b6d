package dev.blogwright.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A post as stored. Times are UTC instants; {@code excerpt} is the manual excerpt or null;
 * {@code frontMatterJson} keeps front-matter keys an import did not map, so an export can write them back;
 * {@code sourcePath} remembers the file an import came from, so a re-import updates instead of duplicating.
 * {@code publishedOffset} is the UTC offset the publication date was written with ({@code -04:00} of
 * {@code 2013-09-06 22:02:41 -0400}), so the date shows as its author wrote it; null means "in the blog's time zone"
 * (a date written without one, a post written here). {@code publishedAt} stays the instant, for sorting.
 * {@code kind} says whether it is a dated post or a page; {@code parentId} is a page's optional parent page.
 */
public record Post(
        long id,
        String slug,
        String title,
        String body,
        String excerpt,
        String icon,
        Long categoryId,
        PostStatus status,
        boolean featured,
        boolean trashed,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        String language,
        String metaTitle,
        String metaDescription,
        String canonicalUrl,
        String featuredImage,
        String featuredImageAlt,
        double position,
        List<String> tags,
        String frontMatterJson,
        String sourcePath,
        ZoneOffset publishedOffset,
        PostKind kind,
        Long parentId) {

    /** The record before it carried a kind: a post. */
    public Post(long id, String slug, String title, String body, String excerpt, String icon, Long categoryId,
                PostStatus status, boolean featured, boolean trashed, Instant createdAt, Instant updatedAt,
                Instant publishedAt, String language, String metaTitle, String metaDescription, String canonicalUrl,
                String featuredImage, String featuredImageAlt, double position, List<String> tags,
                String frontMatterJson, String sourcePath, ZoneOffset publishedOffset) {
        this(id, slug, title, body, excerpt, icon, categoryId, status, featured, trashed, createdAt, updatedAt,
                publishedAt, language, metaTitle, metaDescription, canonicalUrl, featuredImage, featuredImageAlt,
                position, tags, frontMatterJson, sourcePath, publishedOffset, PostKind.POST, null);
    }

    /** The record before it carried the offset: a date in the blog's time zone. */
    public Post(long id, String slug, String title, String body, String excerpt, String icon, Long categoryId,
                PostStatus status, boolean featured, boolean trashed, Instant createdAt, Instant updatedAt,
                Instant publishedAt, String language, String metaTitle, String metaDescription, String canonicalUrl,
                String featuredImage, String featuredImageAlt, double position, List<String> tags,
                String frontMatterJson, String sourcePath) {
        this(id, slug, title, body, excerpt, icon, categoryId, status, featured, trashed, createdAt, updatedAt,
                publishedAt, language, metaTitle, metaDescription, canonicalUrl, featuredImage, featuredImageAlt,
                position, tags, frontMatterJson, sourcePath, null);
    }

    public Post {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        icon = icon == null ? "" : icon;
        status = status == null ? PostStatus.DRAFT : status;
        language = language == null ? "" : language;
        metaTitle = metaTitle == null ? "" : metaTitle;
        metaDescription = metaDescription == null ? "" : metaDescription;
        canonicalUrl = canonicalUrl == null ? "" : canonicalUrl;
        featuredImage = featuredImage == null ? "" : featuredImage;
        featuredImageAlt = featuredImageAlt == null ? "" : featuredImageAlt;
        tags = tags == null ? List.of() : List.copyOf(tags);
        frontMatterJson = frontMatterJson == null || frontMatterJson.isBlank() ? "{}" : frontMatterJson;
        kind = kind == null ? PostKind.POST : kind;
    }

    public boolean isPage() {
        return kind == PostKind.PAGE;
    }

    /** A new, unsaved post (id 0) with the given title and body. */
    public static Builder draft(String title, String body) {
        return new Builder().title(title).body(body);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Records do not have withers; this keeps edits of a 23-field record readable. */
    public static final class Builder {
        private long id;
        private String slug;
        private String title;
        private String body;
        private String excerpt;
        private String icon;
        private Long categoryId;
        private PostStatus status = PostStatus.DRAFT;
        private boolean featured;
        private boolean trashed;
        private Instant createdAt;
        private Instant updatedAt;
        private Instant publishedAt;
        private String language;
        private String metaTitle;
        private String metaDescription;
        private String canonicalUrl;
        private String featuredImage;
        private String featuredImageAlt;
        private double position;
        private List<String> tags = List.of();
        private String frontMatterJson;
        private String sourcePath;
        private ZoneOffset publishedOffset;
        private PostKind kind = PostKind.POST;
        private Long parentId;

        public Builder() {
        }

        private Builder(Post p) {
            id = p.id; slug = p.slug; title = p.title; body = p.body; excerpt = p.excerpt; icon = p.icon;
            categoryId = p.categoryId; status = p.status; featured = p.featured; trashed = p.trashed;
            createdAt = p.createdAt; updatedAt = p.updatedAt; publishedAt = p.publishedAt; language = p.language;
            metaTitle = p.metaTitle; metaDescription = p.metaDescription; canonicalUrl = p.canonicalUrl;
            featuredImage = p.featuredImage; featuredImageAlt = p.featuredImageAlt; position = p.position;
            tags = p.tags; frontMatterJson = p.frontMatterJson; sourcePath = p.sourcePath;
            publishedOffset = p.publishedOffset; kind = p.kind; parentId = p.parentId;
        }

        public Builder id(long v) { id = v; return this; }
        public Builder slug(String v) { slug = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder body(String v) { body = v; return this; }
        public Builder excerpt(String v) { excerpt = v; return this; }
        public Builder icon(String v) { icon = v; return this; }
        public Builder categoryId(Long v) { categoryId = v; return this; }
        public Builder status(PostStatus v) { status = v; return this; }
        public Builder featured(boolean v) { featured = v; return this; }
        public Builder trashed(boolean v) { trashed = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder publishedAt(Instant v) { publishedAt = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder metaTitle(String v) { metaTitle = v; return this; }
        public Builder metaDescription(String v) { metaDescription = v; return this; }
        public Builder canonicalUrl(String v) { canonicalUrl = v; return this; }
        public Builder featuredImage(String v) { featuredImage = v; return this; }
        public Builder featuredImageAlt(String v) { featuredImageAlt = v; return this; }
        public Builder position(double v) { position = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder frontMatterJson(String v) { frontMatterJson = v; return this; }
        public Builder sourcePath(String v) { sourcePath = v; return this; }
        public Builder publishedOffset(ZoneOffset v) { publishedOffset = v; return this; }
        public Builder kind(PostKind v) { kind = v; return this; }
        public Builder parentId(Long v) { parentId = v; return this; }

        public Post build() {
            return new Post(id, slug, title, body, excerpt, icon, categoryId, status, featured, trashed, createdAt,
                    updatedAt, publishedAt, language, metaTitle, metaDescription, canonicalUrl, featuredImage,
                    featuredImageAlt, position, tags, frontMatterJson, sourcePath, publishedOffset, kind, parentId);
        }
    }
}
