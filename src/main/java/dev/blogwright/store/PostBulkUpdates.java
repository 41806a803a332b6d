package dev.blogwright.store;

import dev.blogwright.model.PostStatus;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;

/** Changes to many posts at once (bulk actions of the list), each a batch of one-row updates in one transaction. */
final class PostBulkUpdates {
    private final Database db;

    PostBulkUpdates(Database db) {
        this.db = db;
    }

    void setTrashed(Collection<Long> ids, boolean trashed, Instant updatedAt) {
        updateEach("trashed = ?", trashed ? 1 : 0, ids, updatedAt);
    }

    void setStatus(Collection<Long> ids, PostStatus status, Instant updatedAt) {
        db.inTransaction(() -> db.with(c -> {
            // Publishing a post that never had a date gives it one; a scheduled post keeps its own date.
            try (PreparedStatement ps = c.prepareStatement("UPDATE posts SET status = ?, updated_at = ?,"
                    + " published_at = CASE WHEN ? = 'published' THEN COALESCE(published_at, ?) ELSE published_at END"
                    + " WHERE id = ?")) {
                for (long id : ids) {
                    ps.setString(1, status.key());
                    ps.setString(2, Times.format(updatedAt));
                    ps.setString(3, status.key());
                    ps.setString(4, Times.format(updatedAt));
                    ps.setLong(5, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
    }

    void setFeatured(Collection<Long> ids, boolean featured, Instant updatedAt) {
        updateEach("featured = ?", featured ? 1 : 0, ids, updatedAt);
    }

    void setCategory(Collection<Long> ids, Long categoryId, Instant updatedAt) {
        updateEach("category_id = ?", categoryId, ids, updatedAt);
    }

    private void updateEach(String assignment, Object value, Collection<Long> ids, Instant updatedAt) {
        db.inTransaction(() -> db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE posts SET " + assignment + ", updated_at = ? WHERE id = ?")) {
                for (long id : ids) {
                    if (value == null) {
                        ps.setNull(1, Types.INTEGER);
                    } else {
                        ps.setObject(1, value);
                    }
                    ps.setString(2, Times.format(updatedAt));
                    ps.setLong(3, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
    }

    void addTag(Collection<Long> ids, long tagId, Instant updatedAt) {
        tagEach("INSERT OR IGNORE INTO post_tags (post_id, tag_id, position) VALUES (?1, ?2,"
                + " (SELECT COALESCE(MAX(position), -1) + 1 FROM post_tags WHERE post_id = ?1))", ids, tagId, updatedAt);
    }

    void removeTag(Collection<Long> ids, long tagId, Instant updatedAt) {
        tagEach("DELETE FROM post_tags WHERE post_id = ? AND tag_id = ?", ids, tagId, updatedAt);
    }

    private void tagEach(String sql, Collection<Long> ids, long tagId, Instant updatedAt) {
        db.inTransaction(() -> db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.setLong(2, tagId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
        touch(ids, updatedAt);
    }

    private void touch(Collection<Long> ids, Instant updatedAt) {
        db.inTransaction(() -> db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE posts SET updated_at = ? WHERE id = ?")) {
                for (long id : ids) {
                    ps.setString(1, Times.format(updatedAt));
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
    }

    void delete(Collection<Long> ids) {
        db.inTransaction(() -> db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM posts WHERE id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
    }

}
