package dev.blogwright.store;

import dev.blogwright.logic.writing.GoalRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/** Each post's word-count goal (schema V7). */
public final class SqlGoalRepository implements GoalRepository {
    private final Database db;

    public SqlGoalRepository(Database db) {
        this.db = db;
    }

    @Override
    public OptionalInt goal(long postId) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT words FROM post_goals WHERE post_id = ?")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
                }
            }
        });
    }

    @Override
    public Map<Long, Integer> all() {
        return db.with(c -> {
            Map<Long, Integer> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT post_id, words FROM post_goals");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    @Override
    public void setGoal(long postId, OptionalInt words) {
        db.inTransaction(() -> db.with(c -> {
            String sql = words.isPresent()
                    ? "INSERT INTO post_goals (post_id, words) VALUES (?, ?) ON CONFLICT (post_id) DO UPDATE SET words = excluded.words"
                    : "DELETE FROM post_goals WHERE post_id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, postId);
                if (words.isPresent()) {
                    ps.setInt(2, words.getAsInt());
                }
                ps.executeUpdate();
            }
            return null;
        }));
    }
}
