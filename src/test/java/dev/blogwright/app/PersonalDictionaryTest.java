package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.model.Post;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The personal dictionary and ignored words live in the library file: they survive closing it and travel with it. */
class PersonalDictionaryTest {
    @TempDir
    Path dir;

    @Test
    void wordsAddedAndIgnoredAreThereAfterReopening() {
        Path file = dir.resolve("library.db");
        long id;
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.CREATE)) {
            id = lib.posts().create(Post.draft("Zorblax", "Our zorblax and a frobnicate.").build()).id();
            lib.spelling().addToDictionary("en-US", "zorblax");
            lib.spelling().ignoreInPost(id, "frobnicate");
        }
        try (BlogLibrary lib = BlogLibrary.open(file, OpenMode.READ_ONLY)) {
            Post post = lib.posts().find(id).orElseThrow();
            assertThat(lib.spelling().personalWords("en")).containsExactly("zorblax");
            assertThat(lib.spelling().checkerFor(post, lib.settings().load()).orElseThrow().check(post.body())).isEmpty();
        }
    }

    @Test
    void theSampleBringsItsTradeWords() {
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("s.db"), OpenMode.CREATE)) {
            lib.installSample();
            assertThat(lib.spelling().personalWords("en-GB")).contains("monorepo", "npm");
        }
    }
}
