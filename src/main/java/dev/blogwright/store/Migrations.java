package dev.blogwright.store;

import dev.blogwright.logic.LibraryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Schema versions, kept in SQLite's user_version. Each migration is a SQL file under {@code /db}, followed where
 * SQL cannot do the work by a step in Java; all pending ones run in one transaction, so a library is either at the
 * old version or the new one, never between.
 */
final class Migrations {
    /** Work in Java that completes a script, such as values only our code can compute. */
    @FunctionalInterface
    interface Step {
        void run(Connection c) throws SQLException;
    }

    /** One schema version: its SQL file, then its step. */
    record Script(String resource, Step then) {
        Script(String resource) {
            this(resource, c -> { });
        }
    }

    static final List<Script> SCRIPTS = List.of(
            new Script("/db/V1__library.sql"),
            new Script("/db/V2__post_versions.sql", V2Upgrade::run),
            new Script("/db/V3__published_offset.sql"),
            new Script("/db/V4__deploy_targets.sql"),
            new Script("/db/V5__sync.sql"),
            new Script("/db/V6__dictionary.sql"),
            new Script("/db/V7__goals.sql"),
            new Script("/db/V8__pages.sql"),
            new Script("/db/V9__sync_cache.sql"),
            new Script("/db/V10__sync_ids.sql", V10Upgrade::run),
            new Script("/db/V11__change_marker.sql", ChangeTriggers::install),
            new Script("/db/V12__post_changes.sql", ChangeTriggers::install));
    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    static void apply(Database db) {
        db.inTransaction(() -> db.with(c -> {
            int current;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                current = rs.next() ? rs.getInt(1) : 0;
            }
            for (int v = current + 1; v <= LATEST; v++) {
                Script script = SCRIPTS.get(v - 1);
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(load(script.resource()))) {
                        s.execute(sql);
                    }
                }
                script.then().run(c);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = " + v);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + LibraryFile.APPLICATION_ID);
            }
            return null;
        }));
    }

    static String load(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LibraryException("Blogwright is incomplete: migration " + resource + " is missing.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LibraryException("Blogwright could not read migration " + resource, e);
        }
    }

    /** Splits a script at semicolons that end a line, keeping trigger bodies (BEGIN … END;) whole. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = trimmed.endsWith(";") && (!inTrigger || trimmed.equalsIgnoreCase("END;"));
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
