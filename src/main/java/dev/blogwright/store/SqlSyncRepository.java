package dev.blogwright.store;

import dev.blogwright.logic.sync.CachedFile;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.logic.sync.PostChanges;
import dev.blogwright.logic.sync.SyncRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sync's values and conflict revisions (schema V5), its file cache (V9), the shared ids (V10), the change marker
 * (V11) and the posts changed since a moment (V12).
 */
public final class SqlSyncRepository implements SyncRepository {
    private final Database db;
    private final SqlChangeMarker marker;

    public SqlSyncRepository(Database db) {
        this.db = db;
        this.marker = new SqlChangeMarker(db);
    }

    @Override
    public long changeCount() {
        return marker.changeCount();
    }

    @Override
    public Optional<String> value(String key) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM sync_state WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void setValue(String key, String value) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<ConflictVersion> conflicts() {
        return query("SELECT id, post_id, conflict FROM revisions WHERE conflict IS NOT NULL ORDER BY id", null);
    }

    @Override
    public List<ConflictVersion> conflicts(long postId) {
        return query("SELECT id, post_id, conflict FROM revisions WHERE conflict IS NOT NULL AND post_id = ?"
                + " ORDER BY id", postId);
    }

    @Override
    public long addConflict(long postId, String title, String body, String metadataJson, String file) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO revisions (post_id, created_at, title, body,"
                    + " metadata, conflict) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, postId);
                ps.setString(2, Times.format(Instant.now()));
                ps.setString(3, title);
                ps.setString(4, body);
                ps.setString(5, metadataJson);
                ps.setString(6, file);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void resolve(long revisionId) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE revisions SET conflict = NULL WHERE id = ?")) {
                ps.setLong(1, revisionId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Map<Long, CachedFile> cachedFiles() {
        return db.with(c -> {
            Map<Long, CachedFile> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT post_id, version, category_id, context, path, blob FROM sync_cache")) {
                while (rs.next()) {
                    long category = rs.getLong(3);
                    out.put(rs.getLong(1), new CachedFile(rs.getLong(1), rs.getLong(2),
                            rs.wasNull() ? null : category, rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<CachedFile> cachedFile(long postId) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT version, category_id, context, path, blob FROM sync_cache WHERE post_id = ?")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long category = rs.getLong(2);
                    return Optional.of(new CachedFile(postId, rs.getLong(1), rs.wasNull() ? null : category,
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        });
    }

    @Override
    public PostChanges.Marks postMarks() {
        return db.with(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT value FROM"
                    + " version_counter WHERE id = 1), (SELECT value FROM " + OtherChangeTriggers.MARKER
                    + " WHERE id = 1), (SELECT MAX(id) FROM posts)")) {
                rs.next();
                return new PostChanges.Marks(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
    }

    @Override
    public Map<Long, Long> versionsAfter(long version) {
        return db.with(c -> {
            Map<Long, Long> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT post_id, version FROM post_versions WHERE version > ?")) {
                ps.setLong(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void cacheFiles(Collection<CachedFile> files) {
        if (files.isEmpty()) {
            return;
        }
        db.inTransaction(() -> db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO sync_cache"
                    + " (post_id, version, category_id, context, path, blob) SELECT ?, ?, ?, ?, ?, ?"
                    + " WHERE EXISTS (SELECT 1 FROM posts WHERE id = ?)")) {
                for (CachedFile f : files) {
                    ps.setLong(1, f.postId());
                    ps.setLong(2, f.version());
                    ps.setObject(3, f.categoryId());
                    ps.setString(4, f.context());
                    ps.setString(5, f.path());
                    ps.setString(6, f.blob());
                    ps.setLong(7, f.postId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
    }

    @Override
    public void clearCache() {
        db.with(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM sync_cache");
            }
            return null;
        });
    }

    @Override
    public Map<Long, String> postUids() {
        return uids("SELECT post_id, uid FROM post_uids");
    }

    @Override
    public Optional<String> postUid(long postId) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT uid FROM post_uids WHERE post_id = ?")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void setPostUid(long postId, String uid) {
        setUid("INSERT OR REPLACE INTO post_uids (post_id, uid) VALUES (?, ?)", postId, uid);
    }

    @Override
    public Map<Long, String> categoryUids() {
        return uids("SELECT category_id, uid FROM category_uids");
    }

    @Override
    public void setCategoryUid(long categoryId, String uid) {
        setUid("INSERT OR REPLACE INTO category_uids (category_id, uid) VALUES (?, ?)", categoryId, uid);
    }

    private Map<Long, String> uids(String sql) {
        return db.with(c -> {
            Map<Long, String> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    private void setUid(String sql, long id, String uid) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.setString(2, uid);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private List<ConflictVersion> query(String sql, Long postId) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (postId != null) {
                    ps.setLong(1, postId);
                }
                List<ConflictVersion> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ConflictVersion(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }
}
