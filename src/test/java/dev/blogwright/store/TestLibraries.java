package dev.blogwright.store;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Libraries for tests: fresh, in a temp folder, with a clock the test can move. */
public final class TestLibraries {
    private TestLibraries() {
    }

    public static BlogLibrary fresh(Path dir) {
        return BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE);
    }

    public static BlogLibrary fresh(Path dir, Clock clock) {
        return BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE, clock);
    }

    public static BlogLibrary sample(Path dir) {
        BlogLibrary lib = fresh(dir);
        lib.installSample();
        return lib;
    }

    /** A clock that stands still until moved. */
    public static final class MutableClock extends Clock {
        private Instant now;

        public MutableClock(Instant start) {
            this.now = start;
        }

        public void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Runs a PRAGMA or statement on the library's own connection (store package access). */
    public static void execute(Database db, String sql) {
        db.with(c -> {
            try (var s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    public static long queryLong(Database db, String sql) {
        return db.with(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : -1L;
            }
        });
    }

    public static String queryString(Database db, String sql) {
        return db.with(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
