package dev.blogwright.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * The triggers of schema V12's second marker: it moves on every write that {@link ChangeTriggers} counts except the
 * writes that only change posts' files and move those posts' versions (an edit, a new post, a tag list, a shared
 * id). So while it stands, the library differs from the commit a sync recorded it with by exactly the posts whose
 * version passed the one recorded then. Anything else (a post deleted or renumbered, a conflict kept or resolved, a
 * category, setting, tag, goal or image) moves it, and the next sync reads the whole library.
 */
final class OtherChangeTriggers {
    static final String MARKER = "other_change_marker";

    /**
     * Per table and event, the writes that are only a post's change (its version moves with them), as a condition on
     * the row ({@code NEW}/{@code OLD}); a table or event not named here always counts.
     */
    static final Map<String, Map<String, String>> POST_ONLY = Map.of(
            // Deleting a post removes its file and its version row: it counts. A new id is a delete and an insert.
            "posts", Map.of("insert", "1", "update", "NEW.id = OLD.id"),
            // The tag list is in the post's file and moves its version (V2); a deleted post counts already.
            "post_tags", Map.of("insert", "1", "update", "1", "delete", "1"),
            // Only conflict versions reach the text form; an ordinary revision is the history of this computer.
            "revisions", Map.of("insert", "NEW.conflict IS NULL", "update", "NEW.conflict IS NULL AND OLD.conflict IS NULL",
                    "delete", "OLD.conflict IS NULL"),
            // Giving a post its shared id moves its version (V12's own triggers); taking it away does not.
            "post_uids", Map.of("insert", "1", "update", "NEW.post_id = OLD.post_id"));

    private static final String[] EVENTS = {"insert", "update", "delete"};

    private OtherChangeTriggers() {
    }

    /** Creates the missing triggers of every table the change marker counts (through {@link ChangeTriggers#install}). */
    static void install(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : ChangeTriggers.counted(c)) {
                for (String event : EVENTS) {
                    String postOnly = POST_ONLY.getOrDefault(table, Map.of()).get(event);
                    String local = ChangeTriggers.local(table, event);
                    StringBuilder when = new StringBuilder();
                    if (postOnly != null) {
                        when.append("NOT (").append(postOnly).append(")");
                    }
                    if (local != null) {
                        when.append(when.isEmpty() ? "" : " AND ").append("NOT (").append(local).append(")");
                    }
                    s.execute("CREATE TRIGGER IF NOT EXISTS other_changed_on_" + event + "_" + table + " AFTER "
                            + event.toUpperCase(Locale.ROOT) + " ON \"" + table + "\""
                            + (when.isEmpty() ? "" : " WHEN " + when)
                            + " BEGIN UPDATE " + MARKER + " SET value = value + 1 WHERE id = 1; END");
                }
            }
        }
    }
}
