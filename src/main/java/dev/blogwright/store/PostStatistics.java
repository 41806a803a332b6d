package dev.blogwright.store;

import dev.blogwright.model.PostStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts for the statistics view and the stats command; read-only aggregate queries. */
final class PostStatistics {
    private final Database db;

    PostStatistics(Database db) {
        this.db = db;
    }

    Map<PostStatus, Integer> countByStatus(boolean trashed) {
        return db.with(c -> {
            Map<PostStatus, Integer> out = new EnumMap<>(PostStatus.class);
            for (PostStatus s : PostStatus.values()) {
                out.put(s, 0);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT status, COUNT(*) FROM posts WHERE trashed = ? AND kind = 'post' GROUP BY status")) {
                ps.setInt(1, trashed ? 1 : 0);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(PostStatus.fromKey(rs.getString(1)), rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    /** Pages outside the trash: counted apart, since a page is neither a post nor in a category. */
    int countPages() {
        return db.with(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM posts WHERE trashed = 0 AND kind = 'page'")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    long totalWords() {
        return db.with(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(words), 0) FROM posts WHERE trashed = 0")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    Map<String, Integer> countByCategory() {
        return groupCount("SELECT COALESCE(c.name, '(none)'), COUNT(*) FROM posts p LEFT JOIN categories c"
                + " ON c.id = p.category_id WHERE p.trashed = 0 AND p.kind = 'post' GROUP BY c.id ORDER BY MIN(COALESCE(c.position, 1e18))");
    }

    Map<String, Integer> countByMonth() {
        return groupCount("SELECT substr(COALESCE(published_at, created_at), 1, 7) AS month, COUNT(*) FROM posts"
                + " WHERE trashed = 0 AND kind = 'post' GROUP BY month ORDER BY month");
    }

    private Map<String, Integer> groupCount(String sql) {
        return db.with(c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }
}
