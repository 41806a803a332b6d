package dev.blogwright.store;

import dev.blogwright.logic.post.RevisionRepository;
import dev.blogwright.model.Revision;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class SqlRevisionRepository implements RevisionRepository {
    private final Database db;

    public SqlRevisionRepository(Database db) {
        this.db = db;
    }

    @Override
    public long add(Revision r) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO revisions (post_id, created_at, title, body,"
                    + " metadata) VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, r.postId());
                ps.setString(2, Times.format(r.createdAt()));
                ps.setString(3, r.title());
                ps.setString(4, r.body());
                ps.setString(5, r.metadataJson());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public List<Revision> forPost(long postId) {
        return query("SELECT * FROM revisions WHERE post_id = ? ORDER BY id DESC", postId);
    }

    @Override
    public Optional<Revision> latest(long postId) {
        return query("SELECT * FROM revisions WHERE post_id = ? ORDER BY id DESC LIMIT 1", postId).stream().findFirst();
    }

    @Override
    public Optional<Revision> find(long id) {
        return query("SELECT * FROM revisions WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public void prune(long postId, int keep) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM revisions WHERE post_id = ? AND id NOT IN"
                    + " (SELECT id FROM revisions WHERE post_id = ? ORDER BY id DESC LIMIT ?)")) {
                ps.setLong(1, postId);
                ps.setLong(2, postId);
                ps.setInt(3, keep);
                return ps.executeUpdate();
            }
        });
    }

    private List<Revision> query(String sql, long key) {
        return db.with(c -> {
            List<Revision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(revision(rs));
                    }
                }
            }
            return out;
        });
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getLong("post_id"), Times.parse(rs.getString("created_at")),
                rs.getString("title"), rs.getString("body"), rs.getString("metadata"));
    }
}
