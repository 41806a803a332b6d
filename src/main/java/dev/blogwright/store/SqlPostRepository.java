package dev.blogwright.store;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.post.PostRepository;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostHead;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import dev.blogwright.util.TextFingerprint;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Posts in SQLite. Reads of summaries and heads never touch the body column, so a list of 100,000 stays light. */
public final class SqlPostRepository implements PostRepository {
    private final Database db;
    private final PostInserts inserts;
    private final PostBulkUpdates bulk;
    private final PostStatistics stats;
    private final PostHeads heads;

    public SqlPostRepository(Database db) {
        this.db = db;
        this.inserts = new PostInserts(db);
        this.bulk = new PostBulkUpdates(db);
        this.stats = new PostStatistics(db);
        this.heads = new PostHeads(db);
    }

    @Override
    public long insert(Post post, int words) {
        return inserts.insert(post, words);
    }

    @Override
    public List<Long> insertAll(List<Post> posts, int[] words) {
        return inserts.insertAll(posts, words);
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
            PostInserts.writeTags(c, post.id(), post.tags());
            return null;
        }));
    }

    @Override
    public void updateText(long id, String title, String body, int words, Instant updatedAt) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE posts SET title = ?, body = ?, body_hash = ?, words = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, title);
                ps.setString(2, body);
                ps.setString(3, TextFingerprint.of(body));
                ps.setInt(4, words);
                ps.setString(5, Times.format(updatedAt));
                ps.setLong(6, id);
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
                    return Optional.of(PostRows.post(rs, PostTagNames.of(c, List.of(id)).getOrDefault(id, List.of())));
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
            Map<Long, List<String>> tags = PostTagNames.all(c);
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
    public List<PostHead> heads(PostQuery query) {
        return heads.heads(query);
    }

    @Override
    public List<PostHead> heads(Collection<Long> ids) {
        return heads.heads(ids);
    }

    @Override
    public Map<Long, Long> versions() {
        return heads.versions();
    }

    @Override
    public List<Long> ids(PostQuery query) {
        return heads.ids(query);
    }

    @Override
    public Map<Long, String> bodies(Collection<Long> ids) {
        return heads.bodies(ids);
    }

    @Override
    public Optional<String> body(long id) {
        return heads.body(id);
    }

    @Override
    public Map<Long, List<String>> tagNames(Collection<Long> postIds) {
        return db.with(c -> PostTagNames.of(c, postIds));
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
    public int countPages() {
        return stats.countPages();
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
