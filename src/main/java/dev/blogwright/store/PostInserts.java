package dev.blogwright.store;

import dev.blogwright.model.Post;
import dev.blogwright.util.TextFingerprint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Writing new posts and their tags: one at a time for the app, many rows per statement for an import. */
final class PostInserts {
    /** 100 rows of 26 columns stay far below SQLite's limit of 32,766 parameters per statement. */
    private static final int ROWS_PER_INSERT = 100;

    private static final String INSERT_TAG = "INSERT OR IGNORE INTO post_tags (post_id, tag_id, position)"
            + " SELECT ?, id, ? FROM tags WHERE name = ? COLLATE NOCASE";

    private final Database db;
    private Connection fullInsertConnection;
    private PreparedStatement fullInsert;

    PostInserts(Database db) {
        this.db = db;
    }

    long insert(Post post, int words) {
        return db.inTransaction(() -> db.with(c -> {
            long id;
            boolean keepId = post.id() > 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO posts (" + PostRows.COLUMNS
                    + (keepId ? ", id" : "") + ") VALUES " + placeholders(PostRows.COLUMN_COUNT + (keepId ? 1 : 0)),
                    Statement.RETURN_GENERATED_KEYS)) {
                int next = PostRows.bind(ps, post, words);
                if (keepId) {
                    ps.setLong(next, post.id());
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            writeTags(c, id, post.tags());
            return id;
        }));
    }

    /**
     * Many rows per INSERT: the FTS5 trigger then indexes them in one pass. Between statements FTS5 flushes its
     * pending terms to a new segment, so one INSERT (and one tags statement) per post wrote a tiny segment per
     * post and merged them again; this path indexes about twice as fast. Ids are given explicitly as
     * MAX(id) + 1, + 2 … which is what SQLite would assign row by row.
     */
    List<Long> insertAll(List<Post> posts, int[] words) {
        if (posts.isEmpty()) {
            return List.of();
        }
        // On every core and before taking the connection: under the command line's C1-only JIT the fingerprints of
        // 10,000 posts (72 MB) take about 0.3 s of CPU, a tenth of what SQLite spends storing them.
        String[] hashes = posts.parallelStream().map(p -> TextFingerprint.of(p.body())).toArray(String[]::new);
        return db.inTransaction(() -> db.with(c -> {
            long next;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM posts")) {
                next = rs.next() ? rs.getLong(1) + 1 : 1;
            }
            List<Long> ids = new ArrayList<>(posts.size());
            for (int from = 0; from < posts.size(); from += ROWS_PER_INSERT) {
                int to = Math.min(posts.size(), from + ROWS_PER_INSERT);
                boolean full = to - from == ROWS_PER_INSERT;
                PreparedStatement ps = full ? fullInsert(c) : c.prepareStatement(insertRows(to - from));
                try {
                    int at = 1;
                    for (int i = from; i < to; i++) {
                        long id = next++;
                        at = PostRows.bind(ps, at, posts.get(i), words[i], hashes[i]);
                        ps.setLong(at++, id);
                        ids.add(id);
                    }
                    ps.executeUpdate();
                } finally {
                    if (!full) {
                        ps.close();
                    }
                }
            }
            try (PreparedStatement ins = c.prepareStatement(INSERT_TAG)) {
                for (int i = 0; i < posts.size(); i++) {
                    addTags(ins, ids.get(i), posts.get(i).tags());
                }
                ins.executeBatch();
            }
            return ids;
        }));
    }

    private static String insertRows(int rows) {
        String row = placeholders(PostRows.COLUMN_COUNT + 1);
        return "INSERT INTO posts (" + PostRows.COLUMNS + ", id) VALUES " + String.join(",", Collections.nCopies(rows, row));
    }

    private static String placeholders(int count) {
        return "(" + String.join(",", Collections.nCopies(count, "?")) + ")";
    }

    /**
     * The full-size INSERT, prepared once per connection: compiling 100 rows with the FTS5 trigger took about 8 ms,
     * 0.8 s of an import of 10,000 posts when prepared for every chunk. Only used under {@link Database#with}'s
     * lock; the connection finalizes it when it closes.
     */
    private PreparedStatement fullInsert(Connection c) throws SQLException {
        if (fullInsert == null || fullInsertConnection != c || fullInsert.isClosed()) {
            fullInsert = c.prepareStatement(insertRows(ROWS_PER_INSERT));
            fullInsertConnection = c;
        }
        return fullInsert;
    }

    static void writeTags(Connection c, long postId, List<String> tags) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM post_tags WHERE post_id = ?")) {
            del.setLong(1, postId);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(INSERT_TAG)) {
            addTags(ins, postId, tags);
            ins.executeBatch();
        }
    }

    private static void addTags(PreparedStatement ins, long postId, List<String> tags) throws SQLException {
        int position = 0;
        for (String tag : tags) {
            ins.setLong(1, postId);
            ins.setInt(2, position++);
            ins.setString(3, tag.strip());
            ins.addBatch();
        }
    }
}
