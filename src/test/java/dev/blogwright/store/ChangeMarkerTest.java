package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema V11: every table of the schema bumps the change marker on insert, update and delete, unless it is on the
 * exclusion list with its reason. A table added later without the triggers (and not excluded) fails here.
 */
class ChangeMarkerTest {
    @TempDir
    Path dir;

    @Test
    void everyTableButTheExcludedOnesHasTheThreeTriggers() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            List<String> tables = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            lib.database().with(c -> {
                tables.addAll(ChangeTriggers.counted(c));
                for (String t : tables) {
                    for (String event : List.of("insert", "update", "delete")) {
                        try (var ps = c.prepareStatement(
                                "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = ?")) {
                            ps.setString(1, ChangeTriggers.name(t, event));
                            ps.setString(2, t);
                            if (!ps.executeQuery().next()) {
                                missing.add(t + " " + event);
                            }
                        }
                    }
                }
                return null;
            });
            assertThat(tables).contains("posts", "post_tags", "tags", "categories", "settings", "assets",
                    "post_goals", "post_uids", "category_uids", "revisions", "dictionary_words", "ignored_words");
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void theExclusionListNamesOnlyTablesThatExistEachWithAReason() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            for (var e : ChangeTriggers.EXCLUDED.entrySet()) {
                assertThat(TestLibraries.queryLong(lib.database(),
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + e.getKey() + "'"))
                        .as(e.getKey()).isEqualTo(1);
                assertThat(e.getValue()).as(e.getKey()).isNotBlank();
            }
        }
    }

    @Test
    void aTableAddedWithoutTriggersIsFoundAndInstallGivesItThem() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            TestLibraries.execute(lib.database(), "CREATE TABLE later_feature (id INTEGER PRIMARY KEY, v TEXT)");
            SqlChangeMarker marker = new SqlChangeMarker(lib.database());
            long before = marker.changeCount();
            TestLibraries.execute(lib.database(), "INSERT INTO later_feature (v) VALUES ('x')");
            assertThat(marker.changeCount()).isEqualTo(before);
            lib.database().with(c -> {
                ChangeTriggers.install(c);
                return null;
            });
            TestLibraries.execute(lib.database(), "INSERT INTO later_feature (v) VALUES ('y')");
            TestLibraries.execute(lib.database(), "UPDATE later_feature SET v = 'z'");
            TestLibraries.execute(lib.database(), "DELETE FROM later_feature WHERE v = 'z'");
            assertThat(marker.changeCount()).isEqualTo(before + 1 + 2 + 2);
        }
    }

    @Test
    void syncBookkeepingDoesNotMoveTheMarkerButAPostDoes() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            SqlSyncRepository sync = new SqlSyncRepository(lib.database());
            long start = sync.changeCount();
            sync.setValue("commit", "0123");
            assertThat(sync.changeCount()).isEqualTo(start);
            lib.posts().create(Post.draft("One", "body").build());
            assertThat(sync.changeCount()).isGreaterThan(start);
        }
    }

    @Test
    void theAppsOwnSyncSettingsDoNotMoveTheMarkerButABlogSettingDoes() {
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            SqlChangeMarker marker = new SqlChangeMarker(lib.database());
            long start = marker.changeCount();
            lib.settings().repository().putAll(Map.of("sync.auto.last-synced", "2026-12-07T08:00:00Z",
                    "sync.auto.minutes", "5"));
            lib.settings().repository().putAll(Map.of("sync.auto.last-synced", "2026-12-07T08:05:00Z"));
            assertThat(marker.changeCount()).isEqualTo(start);
            lib.settings().repository().putAll(Map.of("title", "Another title"));
            assertThat(marker.changeCount()).isGreaterThan(start);
        }
    }

    @Test
    void aLibraryFromBeforeVersion11GetsTheMarkerOnUpgrade() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Migrations.statements(Migrations.load("/db/V1__library.sql"))) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version = 1");
            s.execute("PRAGMA application_id = " + LibraryFile.APPLICATION_ID);
        }
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.WRITE)) {
            SqlChangeMarker marker = new SqlChangeMarker(lib.database());
            long before = marker.changeCount();
            lib.taxonomy().categoryNamed("News");
            assertThat(marker.changeCount()).isGreaterThan(before);
        }
    }
}
