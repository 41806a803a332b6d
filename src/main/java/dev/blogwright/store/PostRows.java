package dev.blogwright.store;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import dev.blogwright.util.TextFingerprint;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Maps rows of the posts table to records and records to statement parameters, in one place. */
final class PostRows {
    /** Every column a write sets, in {@link #bind} order; the id is left to each statement. */
    static final String COLUMNS = "slug, title, body, body_hash, excerpt, icon, category_id, status, featured, "
            + "trashed, created_at, updated_at, published_at, language, meta_title, meta_description, canonical_url, "
            + "featured_image, featured_image_alt, position, words, front_matter, source_path, published_offset, kind, parent_id";
    static final int COLUMN_COUNT = COLUMNS.split(",").length;
    static final String SUMMARY_SELECT = """
            SELECT p.id, p.slug, p.title, p.icon, p.category_id, c.name AS category_name, p.status, p.featured,
                   p.trashed, p.published_at, p.updated_at, p.words, p.position, p.published_offset
            FROM posts p LEFT JOIN categories c ON c.id = p.category_id
            """;

    private PostRows() {
    }

    /**
     * Binds the columns of {@link #COLUMNS} starting at parameter 1; returns the next index. The body's fingerprint
     * goes with it, so no write of ours leaves body_hash stale.
     */
    static int bind(PreparedStatement ps, Post p, int words) throws SQLException {
        return bind(ps, 1, p, words, TextFingerprint.of(p.body()));
    }

    /**
     * As {@link #bind(PreparedStatement, Post, int)} from parameter {@code first}, with the body's fingerprint
     * computed by the caller ({@code TextFingerprint.of(p.body())}): one row of a multi-row INSERT.
     */
    static int bind(PreparedStatement ps, int first, Post p, int words, String bodyHash) throws SQLException {
        int i = first;
        ps.setString(i++, p.slug());
        ps.setString(i++, p.title());
        ps.setString(i++, p.body());
        ps.setString(i++, bodyHash);
        ps.setString(i++, p.excerpt());
        ps.setString(i++, p.icon());
        if (p.categoryId() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setLong(i++, p.categoryId());
        }
        ps.setString(i++, p.status().key());
        ps.setInt(i++, p.featured() ? 1 : 0);
        ps.setInt(i++, p.trashed() ? 1 : 0);
        ps.setString(i++, Times.format(p.createdAt()));
        ps.setString(i++, Times.format(p.updatedAt()));
        ps.setString(i++, Times.format(p.publishedAt()));
        ps.setString(i++, p.language());
        ps.setString(i++, p.metaTitle());
        ps.setString(i++, p.metaDescription());
        ps.setString(i++, p.canonicalUrl());
        ps.setString(i++, p.featuredImage());
        ps.setString(i++, p.featuredImageAlt());
        ps.setDouble(i++, p.position());
        ps.setInt(i++, words);
        ps.setString(i++, p.frontMatterJson());
        ps.setString(i++, p.sourcePath());
        ps.setString(i++, Times.formatOffset(p.publishedOffset()));
        ps.setString(i++, p.kind().key());
        if (p.parentId() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setLong(i++, p.parentId());
        }
        return i;
    }

    static Post post(ResultSet rs, List<String> tags) throws SQLException {
        long category = rs.getLong("category_id");
        Long categoryId = rs.wasNull() ? null : category;
        return new Post(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("body"),
                rs.getString("excerpt"), rs.getString("icon"), categoryId,
                PostStatus.fromKey(rs.getString("status")), rs.getInt("featured") == 1, rs.getInt("trashed") == 1,
                Times.parse(rs.getString("created_at")), Times.parse(rs.getString("updated_at")),
                Times.parse(rs.getString("published_at")), rs.getString("language"), rs.getString("meta_title"),
                rs.getString("meta_description"), rs.getString("canonical_url"), rs.getString("featured_image"),
                rs.getString("featured_image_alt"), rs.getDouble("position"), tags, rs.getString("front_matter"),
                rs.getString("source_path"), Times.parseOffset(rs.getString("published_offset")),
                PostKind.fromKey(rs.getString("kind")), parent(rs.getLong("parent_id"), rs.wasNull()));
    }

    static Long parent(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    static PostSummary summary(ResultSet rs) throws SQLException {
        long category = rs.getLong("category_id");
        Long categoryId = rs.wasNull() ? null : category;
        return new PostSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("icon"),
                categoryId, rs.getString("category_name"), PostStatus.fromKey(rs.getString("status")),
                rs.getInt("featured") == 1, rs.getInt("trashed") == 1, Times.parse(rs.getString("published_at")),
                Times.parse(rs.getString("updated_at")), rs.getInt("words"), rs.getDouble("position"),
                Times.parseOffset(rs.getString("published_offset")));
    }
}
