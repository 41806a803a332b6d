package dev.blogwright.store;

import dev.blogwright.logic.publish.DeployRecord;
import dev.blogwright.logic.publish.DeployTarget;
import dev.blogwright.logic.publish.TargetRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Deploy targets and their history in the tables of schema version 4. */
public final class SqlTargetRepository implements TargetRepository {
    private final Database db;

    public SqlTargetRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<DeployTarget> all() {
        return db.with(c -> {
            List<DeployTarget> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM deploy_targets ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(target(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<DeployTarget> find(String name) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM deploy_targets WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(target(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(DeployTarget t) {
        db.inTransaction(() -> db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO deploy_targets (name, url, key_file, password_env, host_key, max_delete_share)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET name = excluded.name, url = excluded.url,
                        key_file = excluded.key_file, password_env = excluded.password_env,
                        host_key = excluded.host_key, max_delete_share = excluded.max_delete_share""")) {
                ps.setString(1, t.name());
                ps.setString(2, t.url());
                setNullable(ps, 3, t.keyFile());
                setNullable(ps, 4, t.passwordEnv());
                setNullable(ps, 5, t.hostKey());
                ps.setDouble(6, t.maxDeleteShare());
                return ps.executeUpdate();
            }
        }));
    }

    @Override
    public boolean remove(String name) {
        return db.inTransaction(() -> db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM deploy_targets WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        }));
    }

    @Override
    public void addRecord(DeployRecord r) {
        db.inTransaction(() -> db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO deploy_history (target_id, at, uploaded, deleted, unchanged, ok, result)
                    SELECT id, ?, ?, ?, ?, ?, ? FROM deploy_targets WHERE name = ?""")) {
                ps.setString(1, Times.format(r.at()));
                ps.setInt(2, r.uploaded());
                ps.setInt(3, r.deleted());
                ps.setInt(4, r.unchanged());
                ps.setInt(5, r.ok() ? 1 : 0);
                ps.setString(6, r.result());
                ps.setString(7, r.target());
                return ps.executeUpdate();
            }
        }));
    }

    @Override
    public List<DeployRecord> history(String name, int limit) {
        return db.with(c -> {
            List<DeployRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT t.name, h.at, h.uploaded, h.deleted, h.unchanged, h.ok, h.result
                    FROM deploy_history h JOIN deploy_targets t ON t.id = h.target_id
                    WHERE t.name = ? ORDER BY h.id DESC LIMIT ?""")) {
                ps.setString(1, name);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DeployRecord(rs.getString(1), Times.parse(rs.getString(2)), rs.getInt(3),
                                rs.getInt(4), rs.getInt(5), rs.getInt(6) == 1, rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    private static DeployTarget target(ResultSet rs) throws SQLException {
        return new DeployTarget(rs.getString("name"), rs.getString("url"), rs.getString("key_file"),
                rs.getString("password_env"), rs.getString("host_key"), rs.getDouble("max_delete_share"));
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
