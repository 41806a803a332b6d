package dev.blogwright.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The triggers that bump the library's change marker (schema V11): AFTER INSERT, UPDATE and DELETE on every table of
 * the schema but the ones {@link #EXCLUDED} names. Made from {@code sqlite_master} rather than written out, so a
 * table is counted unless someone decides (with a reason) that it is not; a migration that adds a table calls
 * {@link #install} again.
 */
final class ChangeTriggers {
    static final String MARKER = "change_marker";

    /** Tables whose writes are no change of the library's content, each with the reason. */
    static final Map<String, String> EXCLUDED = Map.of(
            MARKER, "the marker itself",
            OtherChangeTriggers.MARKER, "the second marker of schema V12, which moves with this one",
            "sync_state", "the sync's own values (remote, last commit, the marker it matched): recording a sync is no edit",
            "sync_cache", "the sync's memory of each post's file, rewritten by every sync",
            "post_versions", "written only by the triggers of posts, post_tags and tags, which count already",
            "version_counter", "written only by the triggers of posts, post_tags and tags, which count already",
            "deploy_targets", "never in the text form (deploy targets and credentials are each computer's own)",
            "deploy_history", "written by every deploy; never in the text form");

    /**
     * Rows of a counted table that are each computer's own and never reach the text form, as a condition on the
     * written row ({@code R} stands for NEW or OLD). The app writes {@code sync.auto.last-synced} after every sync:
     * were it counted, no sync or export in the app would ever find the library unchanged.
     */
    static final Map<String, String> LOCAL_ROWS = Map.of(
            "settings", "R.key LIKE 'sync.auto.%'");

    private static final String[] EVENTS = {"insert", "update", "delete"};

    private ChangeTriggers() {
    }

    /**
     * Creates the missing triggers of every counted table, and from schema V12 on (its marker exists) those of the
     * marker of everything but posts' own changes ({@link OtherChangeTriggers}), so a table added later gets both.
     */
    static void install(Connection c) throws SQLException {
        List<String> tables = counted(c);
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                for (String event : EVENTS) {
                    s.execute("CREATE TRIGGER IF NOT EXISTS " + name(table, event) + " AFTER "
                            + event.toUpperCase(Locale.ROOT) + " ON \"" + table + "\"" + when(table, event)
                            + " BEGIN UPDATE " + MARKER + " SET value = value + 1 WHERE id = 1; END");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '"
                    + OtherChangeTriggers.MARKER + "'")) {
                if (!rs.next()) {
                    return;
                }
            }
        }
        OtherChangeTriggers.install(c);
    }

    /** The trigger's WHEN clause: none, or "not a local row". */
    private static String when(String table, String event) {
        String local = local(table, event);
        return local == null ? "" : " WHEN NOT (" + local + ")";
    }

    /** The condition that the written row is a local one (for an update, the old and the new row), or null. */
    static String local(String table, String event) {
        String local = LOCAL_ROWS.get(table);
        if (local == null) {
            return null;
        }
        return switch (event) {
            case "insert" -> local.replace("R.", "NEW.");
            case "delete" -> local.replace("R.", "OLD.");
            default -> local.replace("R.", "NEW.") + " AND " + local.replace("R.", "OLD.");
        };
    }

    static String name(String table, String event) {
        return "changed_on_" + event + "_" + table;
    }

    /**
     * The tables that count: every ordinary table but SQLite's own, the excluded ones, virtual tables and their
     * shadow tables (the search index, which follows posts).
     */
    static List<String> counted(Connection c) throws SQLException {
        List<String> all = new ArrayList<>();
        List<String> virtual = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String sql = rs.getString(2);
                if (sql != null && sql.toUpperCase(Locale.ROOT).startsWith("CREATE VIRTUAL TABLE")) {
                    virtual.add(name);
                } else {
                    all.add(name);
                }
            }
        }
        return all.stream()
                .filter(t -> !t.startsWith("sqlite_") && !EXCLUDED.containsKey(t))
                .filter(t -> virtual.stream().noneMatch(v -> t.startsWith(v + "_")))
                .toList();
    }
}
