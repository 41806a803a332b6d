package dev.blogwright.store;

import dev.blogwright.logic.spelling.DictionaryRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The personal dictionary and the per-post ignored words (schema V6). */
public final class SqlDictionaryRepository implements DictionaryRepository {
    private final Database db;

    public SqlDictionaryRepository(Database db) {
        this.db = db;
    }

    @Override
    public Set<String> words(String language) {
        return strings("SELECT word FROM dictionary_words WHERE language = ?", language);
    }

    @Override
    public Map<String, Set<String>> all() {
        return db.with(c -> {
            Map<String, Set<String>> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT language, word FROM dictionary_words");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
            return out;
        });
    }

    @Override
    public void add(String language, String word) {
        write("INSERT OR IGNORE INTO dictionary_words (language, word) VALUES (?, ?)", language, word);
    }

    @Override
    public void remove(String language, String word) {
        write("DELETE FROM dictionary_words WHERE language = ? AND word = ?", language, word);
    }

    @Override
    public Set<String> ignoredIn(long postId) {
        return strings("SELECT word FROM ignored_words WHERE post_id = ?", postId);
    }

    @Override
    public void ignore(long postId, String word) {
        write("INSERT OR IGNORE INTO ignored_words (post_id, word) VALUES (?, ?)", postId, word);
    }

    private Set<String> strings(String sql, Object key) {
        return db.with(c -> {
            Set<String> out = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    private void write(String sql, Object first, String second) {
        db.inTransaction(() -> db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, first);
                ps.setString(2, second);
                ps.executeUpdate();
            }
            return null;
        }));
    }
}
