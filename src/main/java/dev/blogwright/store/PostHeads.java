package dev.blogwright.store;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostHead;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Posts read without their bodies, with what tells an export which pages to make again (the body's stored
 * fingerprint, the post's version), and the bodies themselves, for the pages it makes.
 */
final class PostHeads {
    /**
     * The columns {@link #head} reads, by index: a lookup by name per cell showed in a read of 10,000 rows. Columns
     * that are mostly at their default come as NULL, which JDBC hands over without making a string (Post turns it
     * back into the default): a tenth of heads(all) at 10,000 posts.
     */
    private static final String SELECT = """
            SELECT p.id, p.slug, p.title, p.excerpt, NULLIF(p.icon, ''), p.category_id, p.status, p.featured,
                   p.trashed, p.created_at, p.updated_at, p.published_at, NULLIF(p.language, ''),
                   NULLIF(p.meta_title, ''), NULLIF(p.meta_description, ''), NULLIF(p.canonical_url, ''),
                   NULLIF(p.featured_image, ''), NULLIF(p.featured_image_alt, ''), p.position,
                   NULLIF(p.front_matter, '{}'), p.source_path, p.body_hash, v.version, p.published_offset,
                   p.kind, p.parent_id
            FROM posts p LEFT JOIN post_versions v ON v.post_id = p.id
            """;

    private final Database db;

    PostHeads(Database db) {
        this.db = db;
    }

    List<PostHead> heads(PostQuery query) {
        PostQuerySql sql = new PostQuerySql(query);
        return db.with(c -> {
            Map<Long, List<String>> tags = PostTagNames.all(c);
            try (PreparedStatement ps = c.prepareStatement(SELECT + sql.where() + sql.orderAndPage())) {
                sql.bindWithPage(ps);
                return read(ps, tags);
            }
        });
    }

    List<PostHead> heads(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // One statement for any number of ids: the ids travel as one JSON array parameter.
        String array = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        return db.with(c -> {
            Map<Long, List<String>> tags = PostTagNames.of(c, ids);
            try (PreparedStatement ps = c.prepareStatement(SELECT
                    + " WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.id")) {
                ps.setString(1, array);
                return read(ps, tags);
            }
        });
    }

    Map<Long, Long> versions() {
        return db.with(c -> {
            Map<Long, Long> out = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT post_id, version FROM post_versions")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    List<Long> ids(PostQuery query) {
        PostQuerySql sql = new PostQuerySql(query);
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(idsSelect(sql))) {
                sql.bindWithPage(ps);
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Only the id column: for the index's two orders (posts_by_position, posts_by_date) the read stays inside one
     * index and never visits a row.
     */
    static String idsSelect(PostQuerySql sql) {
        return "SELECT p.id FROM posts p" + sql.where() + sql.orderAndPage();
    }

    /** The bodies of the posts with these ids, by id, in one statement; ids of no post are left out. */
    Map<Long, String> bodies(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>(ids.size() * 2);
        if (ids.isEmpty()) {
            return out;
        }
        String array = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, body FROM posts WHERE id IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    Optional<String> body(long id) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM posts WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private static List<PostHead> read(PreparedStatement ps, Map<Long, List<String>> tags) throws SQLException {
        List<PostHead> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(head(rs, tags));
            }
        }
        return out;
    }

    private static PostHead head(ResultSet rs, Map<Long, List<String>> tags) throws SQLException {
        long id = rs.getLong(1);
        long category = rs.getLong(6);
        Long categoryId = rs.wasNull() ? null : category;
        Post post = new Post(id, rs.getString(2), rs.getString(3), "", rs.getString(4), rs.getString(5), categoryId,
                PostStatus.fromKey(rs.getString(7)), rs.getInt(8) == 1, rs.getInt(9) == 1,
                Times.parse(rs.getString(10)), Times.parse(rs.getString(11)), Times.parse(rs.getString(12)),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getDouble(19), tags.getOrDefault(id, List.of()), rs.getString(20),
                rs.getString(21), Times.parseOffset(rs.getString(24)), PostKind.fromKey(rs.getString(25)),
                PostRows.parent(rs.getLong(26), rs.wasNull()));
        return new PostHead(post, rs.getString(22), rs.getLong(23));
    }
}
