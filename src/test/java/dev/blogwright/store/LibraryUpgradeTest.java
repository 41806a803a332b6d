package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.util.TextFingerprint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library made by a Blogwright of schema version 1, opened by this one. */
class LibraryUpgradeTest {
    @TempDir
    Path dir;

    /** Two posts, one with two tags, written the way version 1 wrote them; optionally with statistics. */
    private Path version1Library(boolean analysed) throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Migrations.statements(Migrations.load("/db/V1__library.sql"))) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version = 1");
            s.execute("PRAGMA application_id = " + LibraryFile.APPLICATION_ID);
            s.execute("INSERT INTO tags (id, name, slug) VALUES (1, 'Java', 'java'), (2, 'SQL', 'sql')");
            s.execute("""
                    INSERT INTO posts (id, slug, title, body, status, created_at, updated_at, position)
                    VALUES (1, 'first', 'First', 'The first body', 'draft', '2024-01-01T00:00:00.000Z',
                            '2024-01-01T00:00:00.000Z', 1),
                           (2, 'second', 'Second', 'Ünïcödé body', 'published', '2024-01-02T00:00:00.000Z',
                            '2024-01-02T00:00:00.000Z', 2)
                    """);
            s.execute("INSERT INTO post_tags (post_id, tag_id, position) VALUES (2, 2, 0), (2, 1, 1)");
            if (analysed) {
                // The statistics PRAGMA optimize left in a library of 10,000 posts.
                s.execute("ANALYZE");
                s.execute("DELETE FROM sqlite_stat1 WHERE tbl = 'posts'");
                s.execute("""
                        INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
                            ('posts', 'posts_by_source', '10000 1'), ('posts', 'posts_by_category', '10000 1001'),
                            ('posts', 'posts_by_published', '10000 2001 1'),
                            ('posts', 'posts_by_position', '10000 2001 1'),
                            ('posts', 'sqlite_autoindex_posts_1', '10000 1')
                        """);
            }
        }
        return file;
    }

    @Test
    void anUpgradedLibraryIsAtTheLatestVersion() throws Exception {
        Path file = version1Library(false);
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.WRITE)) {
            assertThat(TestLibraries.queryLong(lib.database(), "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void upgradingStoresTheFingerprintOfEveryBody() throws Exception {
        Path file = version1Library(false);
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.WRITE)) {
            assertThat(TestLibraries.queryString(lib.database(), "SELECT body_hash FROM posts WHERE id = 1"))
                    .isEqualTo(TextFingerprint.of("The first body"));
            assertThat(TestLibraries.queryString(lib.database(), "SELECT body_hash FROM posts WHERE id = 2"))
                    .isEqualTo(TextFingerprint.of("Ünïcödé body"));
        }
    }

    @Test
    void upgradedPostsHaveNoOffsetOfTheirOwnAndShowInTheBlogsTimeZone() throws Exception {
        Path file = version1Library(false);
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.WRITE)) {
            assertThat(TestLibraries.queryLong(lib.database(),
                    "SELECT COUNT(*) FROM posts WHERE published_offset IS NULL")).isEqualTo(2);
            assertThat(lib.posts().findBySlug("second").orElseThrow().publishedOffset()).isNull();
            lib.posts().save(lib.posts().findBySlug("second").orElseThrow().toBuilder()
                    .publishedOffset(ZoneOffset.ofHoursMinutes(5, 30)).build(), false);
            assertThat(TestLibraries.queryString(lib.database(),
                    "SELECT published_offset FROM posts WHERE slug = 'second'")).isEqualTo("+05:30");
        }
    }

    @Test
    void upgradingGivesEveryPostAVersion() throws Exception {
        Path file = version1Library(false);
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.WRITE)) {
            assertThat(TestLibraries.queryLong(lib.database(), "SELECT COUNT(*) FROM post_versions"
                    + " WHERE post_id IN (1, 2) AND version > 0")).isEqualTo(2);
        }
    }

    @Test
    void versionsAfterTheUpgradeGrowPastTheUpgradedOnes() throws Exception {
        Path file = version1Library(false);
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.WRITE)) {
            long upgraded = TestLibraries.queryLong(lib.database(), "SELECT MAX(version) FROM post_versions");
            lib.posts().autosave(1, "First", "edited");
            assertThat(TestLibraries.queryLong(lib.database(), "SELECT version FROM post_versions WHERE post_id = 1"))
                    .isGreaterThan(upgraded);
        }
    }

    @Test
    void upgradingKeepsABackupOfTheOldVersion() throws Exception {
        Path file = version1Library(false);
        BlogLibrary.open(file, OpenMode.WRITE).close();
        List<Path> backups = Backups.list(file);
        assertThat(backups).singleElement().satisfies(b -> assertThat(b.getFileName().toString())
                .endsWith("-before-v" + Migrations.LATEST + ".db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups.get(0));
             Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void anAnalysedLibraryStillListsTheManualOrderFromItsIndex() throws Exception {
        Path file = version1Library(true);
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.WRITE)) {
            PostQuerySql manual = new PostQuerySql(PostQuery.all());
            assertThat(plan(lib.database(), "SELECT p.id FROM posts p" + manual.where() + manual.orderAndPage()))
                    .containsExactly("SEARCH p USING COVERING INDEX posts_by_position (trashed=?)");
        }
    }

    static List<String> plan(Database db, String sql) {
        return db.with(c -> {
            List<String> steps = new ArrayList<>();
            try (Statement s = c.createStatement(); var rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                while (rs.next()) {
                    steps.add(rs.getString(4));
                }
            }
            return steps;
        });
    }
}
