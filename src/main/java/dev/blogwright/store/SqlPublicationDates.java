package dev.blogwright.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/**
 * Whether the clock alone changed what a public export shows: a post whose publication date came between two
 * instants goes live (or loses its "Scheduled" mark) without any write to the library, so the change marker does
 * not see it.
 */
public final class SqlPublicationDates {
    private final Database db;

    public SqlPublicationDates(Database db) {
        this.db = db;
    }

    /** True when a post that is not in the trash has its publication date after {@code after}, up to {@code until}. */
    public boolean anyBetween(Instant after, Instant until) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM posts WHERE trashed = 0 AND published_at > ? AND published_at <= ? LIMIT 1")) {
                // A second early: stored dates are kept to the millisecond, and a post on the boundary is taken as new.
                ps.setString(1, Times.format(after.minusSeconds(1)));
                ps.setString(2, Times.format(until));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
