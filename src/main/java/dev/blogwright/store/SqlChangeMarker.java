package dev.blogwright.store;

import dev.blogwright.logic.ChangeMarker;
import java.sql.ResultSet;
import java.sql.Statement;

/** The change marker of schema V11, kept up by the triggers {@link ChangeTriggers} makes. */
public final class SqlChangeMarker implements ChangeMarker {
    private final Database db;

    public SqlChangeMarker(Database db) {
        this.db = db;
    }

    @Override
    public long changeCount() {
        return db.with(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT value FROM " + ChangeTriggers.MARKER + " WHERE id = 1")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
