package dev.blogwright.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The Java half of schema version 10: the posts and categories a library already has get ids derived from their
 * slug (a category: its name), not random ones, so the laptop and the desktop that synced before this version give
 * the same post the same id and their first sync after it sees no change.
 */
final class V10Upgrade {
    private V10Upgrade() {
    }

    static void run(Connection c) throws SQLException {
        fill(c, "SELECT id, slug FROM posts", "INSERT OR IGNORE INTO post_uids (post_id, uid) VALUES (?, ?)", "post:");
        fill(c, "SELECT id, lower(name) FROM categories",
                "INSERT OR IGNORE INTO category_uids (category_id, uid) VALUES (?, ?)", "category:");
    }

    /** A name-based (version 3) UUID: the same key gives the same id in every library. */
    static String derived(String kind, String key) {
        return UUID.nameUUIDFromBytes(("blogwright-" + kind + key.toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void fill(Connection c, String select, String insert, String kind) throws SQLException {
        Map<Long, String> ids = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
            while (rs.next()) {
                ids.put(rs.getLong(1), derived(kind, rs.getString(2)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (Map.Entry<Long, String> e : ids.entrySet()) {
                ps.setLong(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
