package dev.blogwright.store;

import dev.blogwright.logic.settings.SettingsRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

public final class SqlSettingsRepository implements SettingsRepository {
    private final Database db;

    public SqlSettingsRepository(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, String> all() {
        return db.with(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM settings")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    @Override
    public void putAll(Map<String, String> values) {
        db.inTransaction(() -> db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue() == null ? "" : e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
    }
}
