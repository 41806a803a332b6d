package dev.blogwright.store;

import dev.blogwright.util.TextFingerprint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java half of schema version 2, run after its script: the fingerprints of the bodies already stored, which
 * only our code computes, and statistics that weigh the new date index like the older indexes of posts.
 */
final class V2Upgrade {
    private V2Upgrade() {
    }

    static void run(Connection c) throws SQLException {
        fillBodyHashes(c);
        refreshStatistics(c);
    }

    private record Hash(long id, String hex) {
    }

    private static void fillBodyHashes(Connection c) throws SQLException {
        // All read before any write: the rows grow as they are written, and a cursor over the table being
        // rewritten is best not relied on. The hashes of 10,000 posts are about 1 MB.
        List<Hash> hashes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, body FROM posts")) {
            while (rs.next()) {
                hashes.add(new Hash(rs.getLong(1), TextFingerprint.of(rs.getString(2))));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE posts SET body_hash = ? WHERE id = ?")) {
            for (Hash h : hashes) {
                ps.setString(1, h.hex());
                ps.setLong(2, h.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * A library that was analysed (PRAGMA optimize on close does it) has statistics for the old indexes of posts
     * and none for posts_by_date; the planner then rates the new index as far more selective and used it, with a
     * sort, even for the manual order. Analysing posts again weighs all its indexes alike.
     */
    private static void refreshStatistics(Connection c) throws SQLException {
        boolean analysed;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'")) {
            analysed = rs.next();
        }
        if (analysed) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE posts");
            }
        }
    }
}
