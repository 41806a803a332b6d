package dev.blogwright.store;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.post.PostRepository;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Posts in SQLite. Reads of summaries never touch the body column, so a list of 100,000 stays light. */
public final class SqlPostRepository implements PostRepository {
    /** 100 rows of 23 columns stay far below SQLite's limit of 32,766 parameters per statement. */
    private static final int ROWS_PER_INSERT = 100;

    private static final String INSERT_TAG = "INSERT OR IGNORE INTO post_tags (post_id, tag_id, position)"
            + " SELECT ?, id, ? FROM tags WHERE name = ? COLLATE NOCASE";

    private final Database db;
    private final PostBulkUpdates bulk;
    private final PostStatistics stats;

    public SqlPostRepository(Database db) {
        this.db = db;
        this.bulk = new PostBulkUpdates(db);
        this.stats = new PostStatistics(db);
    }

    @Override
    public long insert(Post post, int words) {
        return db.inTransaction(() -> db.with(c -> {
            long id;
            boolean keepId = post.id() > 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO posts (" + PostRows.COLUMNS
                    + (keepId ? ", id" : "") + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?"
                    + (keepId ? ",?" : "") + ")", Statement.RETURN_GENERATED_KEYS)) {
                int next = PostRows.bind(ps, post, words);
                if (keepId) {
                    ps.setLong(next, post.id());
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            writeTags(c, id, post.tags());
            return id;
        }));
    }

    /**
     * Many rows per INSERT: the FTS5 trigger then indexes them in one pass. Between statements FTS5 flushes its
     * pending terms to a new segment, so one INSERT (and one tags statement) per post wrote a tiny segment per
     * post and merged them again; this path indexes about twice as fast. Ids are given explicitly as
     * MAX(id) + 1, + 2 … which is what SQLite would assign row by row.
     */
    @Override
    public List<Long> insertAll(List<Post> posts, int[] words) {
        if (posts.isEmpty()) {
            return List.of();
        }
        return db.inTransaction(() -> db.with(c -> {
            long next;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM posts")) {
                next = rs.next() ? rs.getLong(1) + 1 : 1;
            }
            List<Long> ids = new ArrayList<>(posts.size());
            for (int from = 0; from < posts.size(); from += ROWS_PER_INSERT) {
                int to = Math.min(posts.size(), from + ROWS_PER_INSERT);
                String row = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO posts (" + PostRows.COLUMNS + ", id) VALUES "
                        + String.join(",", Collections.nCopies(to - from, row)))) {
                    int at = 1;
                    for (int i = from; i < to; i++) {
                        long id = next++;
                        at = PostRows.bind(ps, at, posts.get(i), words[i]);
                        ps.setLong(at++, id);
                        ids.add(id);
                    }
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ins = c.prepareStatement(INSERT_TAG)) {
                for (int i = 0; i < posts.size(); i++) {
                    addTags(ins, ids.get(i), posts.get(i).tags());
                }
                ins.executeBatch();
            }
            return ids;
        }));
    }

    @Override
    public void update(Post post, int words) {
        db.inTransaction(() -> db.with(c -> {
            String set = String.join(" = ?, ", PostRows.COLUMNS.split(",\\s*")) + " = ?";
            try (PreparedStatement ps = c.prepareStatement("UPDATE posts SET " + set + " WHERE id = ?")) {
                int next = PostRows.bind(ps, post, words);
                ps.setLong(next, post.id());
                ps.executeUpdate();
            }
            writeTags(c, post.id(), post.tags());
            return null;
        }));
    }

    private static void writeTags(Connection c, long postId, List<String> tags) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM post_tags WHERE post_id = ?")) {
            del.setLong(1, postId);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(INSERT_TAG)) {
            addTags(ins, postId, tags);
            ins.executeBatch();
        }
    }

    private static void addTags(PreparedStatement ins, long postId, List<String> tags) throws SQLException {
        int position = 0;
        for (String tag : tags) {
            ins.setLong(1, postId);
            ins.setInt(2, position++);
            ins.setString(3, tag.strip());
            ins.addBatch();
        }
    }

    @Override
    public void updateText(long id, String title, String body, int words, Instant updatedAt) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE posts SET title = ?, body = ?, words = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, title);
                ps.setString(2, body);
                ps.setInt(3, words);
                ps.setString(4, Times.format(updatedAt));
                ps.setLong(5, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Post> find(long id) {
        return findOne("id = ?", id);
    }

    @Override
    public Optional<Post> findBySlug(String slug) {
        return findOne("slug = ?", slug);
    }

    @Override
    public Optional<Post> findBySourcePath(String sourcePath) {
        return findOne("source_path = ?", sourcePath);
    }

    private Optional<Post> findOne(String condition, Object value) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM posts p WHERE " + condition + " LIMIT 1")) {
                ps.setObject(1, value);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long id = rs.getLong("id");
                    return Optional.of(PostRows.post(rs, tagNames(c, List.of(id)).getOrDefault(id, List.of())));
                }
            }
        });
    }

    @Override
    public boolean slugTaken(String slug, long exceptId) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM posts WHERE slug = ? AND id <> ?")) {
                ps.setString(1, slug);
                ps.setLong(2, exceptId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public List<PostSummary> summaries(PostQuery query) {
        PostQuerySql sql = new PostQuerySql(query);
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(PostRows.SUMMARY_SELECT + sql.where() + sql.orderAndPage())) {
                sql.bindWithPage(ps);
                List<PostSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(PostRows.summary(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public int count(PostQuery query) {
        PostQuerySql sql = new PostQuerySql(query);
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM posts p" + sql.where())) {
                sql.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public List<Post> posts(PostQuery query) {
        PostQuerySql sql = new PostQuerySql(query);
        return db.with(c -> {
            List<Post> out = new ArrayList<>();
            Map<Long, List<String>> tags = allTagNames(c);
            try (PreparedStatement ps = c.prepareStatement("SELECT p.* FROM posts p" + sql.where() + sql.orderAndPage())) {
                sql.bindWithPage(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(PostRows.post(rs, tags.getOrDefault(rs.getLong("id"), List.of())));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, List<String>> tagNames(Collection<Long> postIds) {
        return db.with(c -> tagNames(c, postIds));
    }

    private static Map<Long, List<String>> tagNames(Connection c, Collection<Long> postIds) throws SQLException {
        if (postIds.size() > 500) {
            Map<Long, List<String>> all = allTagNames(c);
            all.keySet().retainAll(postIds);
            return all;
        }
        Map<Long, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id"
                + " WHERE pt.post_id = ? ORDER BY pt.position")) {
            for (long id : postIds) {
                ps.setLong(1, id);
                List<String> names = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                out.put(id, names);
            }
        }
        return out;
    }

    private static Map<Long, List<String>> allTagNames(Connection c) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pt.post_id, t.name"
                + " FROM post_tags pt JOIN tags t ON t.id = pt.tag_id ORDER BY pt.post_id, pt.position")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    @Override
    public Optional<Double> position(long id) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT position FROM posts WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getDouble(1)) : Optional.<Double>empty();
                }
            }
        });
    }

    @Override
    public Optional<double[]> positionRange() {
        // One MIN or MAX per trashed value, each answered by a seek on posts_by_position (trashed, position);
        // MIN and MAX together, or COUNT(*), scan the whole table, which made every new post (and an import of
        // N posts N times) pay for the size of the library.
        return db.with(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT MIN(v), MAX(v) FROM (
                        SELECT (SELECT MIN(position) FROM posts WHERE trashed = 0) AS v
                        UNION ALL SELECT (SELECT MIN(position) FROM posts WHERE trashed = 1)
                        UNION ALL SELECT (SELECT MAX(position) FROM posts WHERE trashed = 0)
                        UNION ALL SELECT (SELECT MAX(position) FROM posts WHERE trashed = 1))
                    """)) {
                return rs.next() && rs.getObject(1) != null
                        ? Optional.of(new double[] {rs.getDouble(1), rs.getDouble(2)}) : Optional.<double[]>empty();
            }
        });
    }

    @Override
    public void setPosition(long id, double position) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE posts SET position = ? WHERE id = ?")) {
                ps.setDouble(1, position);
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void renumberPositions() {
        db.inTransaction(() -> db.with(c -> {
            List<Long> ids = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM posts ORDER BY position, id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE posts SET position = ? WHERE id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setDouble(1, i + 1);
                    ps.setLong(2, ids.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
    }

    @Override
    public void setTrashed(Collection<Long> ids, boolean trashed, Instant updatedAt) {
        bulk.setTrashed(ids, trashed, updatedAt);
    }

    @Override
    public void setStatus(Collection<Long> ids, PostStatus status, Instant updatedAt) {
        bulk.setStatus(ids, status, updatedAt);
    }

    @Override
    public void setFeatured(Collection<Long> ids, boolean featured, Instant updatedAt) {
        bulk.setFeatured(ids, featured, updatedAt);
    }

    @Override
    public void setCategory(Collection<Long> ids, Long categoryId, Instant updatedAt) {
        bulk.setCategory(ids, categoryId, updatedAt);
    }

    @Override
    public void addTag(Collection<Long> ids, long tagId, Instant updatedAt) {
        bulk.addTag(ids, tagId, updatedAt);
    }

    @Override
    public void removeTag(Collection<Long> ids, long tagId, Instant updatedAt) {
        bulk.removeTag(ids, tagId, updatedAt);
    }

    @Override
    public void delete(Collection<Long> ids) {
        bulk.delete(ids);
    }

    @Override
    public List<Long> dueScheduled(Instant now) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM posts WHERE status = 'scheduled' AND trashed = 0 AND published_at <= ?")) {
                ps.setString(1, Times.format(now));
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

    @Override
    public Map<PostStatus, Integer> countByStatus(boolean trashed) {
        return stats.countByStatus(trashed);
    }

    @Override
    public long totalWords() {
        return stats.totalWords();
    }

    @Override
    public Map<String, Integer> countByCategory() {
        return stats.countByCategory();
    }

    @Override
    public Map<String, Integer> countByMonth() {
        return stats.countByMonth();
    }
}
