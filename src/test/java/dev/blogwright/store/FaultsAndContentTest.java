package dev.blogwright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultsAndContentTest {
    @TempDir
    Path dir;

    @Test
    void awkwardTextRoundTripsExactly() {
        String title = "Café 🤖 — שלום עולם \u202Eevil\u202C <b>&amp;</b> 'quotes' \"double\"";
        String body = "NUL here:\0 and there\0\n" + "مرحبا بالعالم\n" + "👩‍👩‍👧‍👦 family emoji\n" + "\uD83D\uDE00";
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            long id = lib.posts().create(Post.draft(title, body).build()).id();
            Post back = lib.posts().find(id).orElseThrow();
            assertThat(back.title()).isEqualTo(title);
            assertThat(back.body()).isEqualTo(body);
        }
    }

    @Test
    void aTenMegabyteBodyRoundTrips() {
        StringBuilder big = new StringBuilder(10 * 1024 * 1024 + 64);
        while (big.length() < 10 * 1024 * 1024) {
            big.append("Line with ünïcödé and emoji 🚀 and words to count.\n");
        }
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            long id = lib.posts().create(Post.draft("Big", big.toString()).build()).id();
            assertThat(lib.posts().find(id).orElseThrow().body()).isEqualTo(big.toString());
        }
    }

    @Test
    void aFullDiskGivesAClearMessageAndLosesNothingSaved() {
        try (BlogLibrary lib = TestLibraries.sample(dir)) {
            int before = lib.stats().posts();
            long pages = TestLibraries.queryLong(lib.database(), "PRAGMA page_count");
            // SQLite reports SQLITE_FULL when the file may not grow: the same code path as a full disk.
            TestLibraries.execute(lib.database(), "PRAGMA max_page_count = " + (pages + 2));
            String huge = "x".repeat(2_000_000);
            assertThatThrownBy(() -> lib.posts().create(Post.draft("Too big", huge).build()))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("disk is full");
            assertThat(lib.stats().posts()).isEqualTo(before);
            assertThat(TestLibraries.queryString(lib.database(), "PRAGMA integrity_check")).isEqualTo("ok");
            Post first = lib.posts().findBySlug("technical-due-diligence").orElseThrow();
            assertThatThrownBy(() -> lib.posts().autosave(first.id(), first.title(), huge))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("disk is full");
            assertThat(lib.posts().find(first.id()).orElseThrow().body()).isEqualTo(first.body());
        }
    }

    @Test
    void sqlFragmentsInTextAreStoredAsText() {
        String evil = "'); DROP TABLE posts; -- \" OR 1=1 /* */";
        try (BlogLibrary lib = TestLibraries.fresh(dir)) {
            Post p = lib.posts().create(Post.draft(evil, evil).excerpt(evil).icon(evil).tags(List.of(evil))
                    .categoryId(lib.taxonomy().categoryNamed(evil).id()).build());
            Post back = lib.posts().find(p.id()).orElseThrow();
            assertThat(back.title()).isEqualTo(evil);
            assertThat(back.tags()).containsExactly(evil);
            assertThat(lib.posts().search(evil)).extracting(s -> s.id()).contains(p.id());
            assertThat(lib.posts().search("category:\"" + evil + "\"")).hasSize(0);
            assertThat(lib.stats().posts()).isEqualTo(1);
        }
    }
}
