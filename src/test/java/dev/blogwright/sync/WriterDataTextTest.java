package dev.blogwright.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.model.Post;
import dev.blogwright.store.TestLibraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word goals (front matter) and the personal dictionary (blog.yaml) travel with the Markdown export and sync. */
class WriterDataTextTest {
    private static final String POST_1 = "ai-chatbots-lessons";
    private static final String POST_2 = "monorepo-vs-polyrepo";
    @TempDir
    Path dir;

    @Test
    void goalsAndPersonalWordsRoundTripByteForByte() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary a = TestLibraries.fresh(dir.resolve("a"))) {
            long withGoal = a.posts().create(Post.draft("Aimed", "Some words.").slug("aimed").build()).id();
            a.posts().create(Post.draft("Free", "No goal.").slug("free").build());
            assertThat(a.goals().set(withGoal, "1,500")).isEmpty();
            a.spelling().addToDictionary("en-GB", "zorblax");
            a.spelling().addToDictionary("de", "Schmetterlingsflügel");
            LibraryTexts.export(a, dir.resolve("one"));
        }
        assertThat(Files.readString(dir.resolve("one/posts/aimed.md"))).contains("\n  goal: 1500\n");
        assertThat(Files.readString(dir.resolve("one/posts/free.md"))).doesNotContain("goal:");
        assertThat(Files.readString(dir.resolve("one/blog.yaml"))).contains("dictionary:").contains("zorblax")
                .contains("Schmetterlingsflügel");
        Path lib = dir.resolve("two-lib/library.db");
        try (BlogLibrary b = BlogLibrary.open(lib, OpenMode.CREATE)) {
            LibraryTexts.importFolder(b, dir.resolve("one"));
            assertThat(b.goals().goal(b.posts().findBySlug("aimed").orElseThrow().id())).hasValue(1500);
            assertThat(b.goals().goal(b.posts().findBySlug("free").orElseThrow().id())).isEmpty();
            assertThat(b.spelling().personalWords("en")).containsExactly("zorblax");
            Post post = Post.draft("Zorblax", "A zorblax.").build();
            assertThat(b.spelling().checkerFor(post, b.settings().load()).orElseThrow().check(post.body())).isEmpty();
            LibraryTexts.export(b, dir.resolve("two"));
        }
        assertSameFiles(dir.resolve("two"), dir.resolve("one"));
    }

    @Test
    void aLibraryWithoutGoalsOrWordsWritesNeitherKey() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary a = TestLibraries.fresh(dir.resolve("a"))) {
            a.posts().create(Post.draft("Plain", "Words.").slug("plain").build());
            LibraryTexts.export(a, dir.resolve("one"));
        }
        assertThat(Files.readString(dir.resolve("one/blog.yaml"))).doesNotContain("dictionary");
        assertThat(Files.readString(dir.resolve("one/posts/plain.md"))).doesNotContain("goal");
    }

    @Test
    void anImportMakesGoalsAndWordsWhatTheFilesSay() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary a = TestLibraries.fresh(dir.resolve("a"))) {
            long id = a.posts().create(Post.draft("Aimed", "Some words.").slug("aimed").build()).id();
            a.goals().set(id, "800");
            a.spelling().addToDictionary("en", "zorblax");
            LibraryTexts.export(a, dir.resolve("one"));
            a.goals().set(id, "");
            a.spelling().removeFromDictionary("en", "zorblax");
            a.spelling().addToDictionary("en", "frobnicate");
            LibraryTexts.importFolder(a, dir.resolve("one"));
            assertThat(a.goals().goal(id)).isEqualTo(OptionalInt.of(800));
            assertThat(a.spelling().personalWords("en")).containsExactly("zorblax");
        }
    }

    @Test
    void goalsAndWordsAddedOnTwoComputersMeetThroughSync() throws Exception {
        SyncTestKit kit = SyncTestKit.sharingTheSample(dir);
        kit.with("laptop", lib -> {
            lib.goals().set(lib.posts().findBySlug(POST_1).orElseThrow().id(), "1200");
            lib.spelling().addToDictionary("en", "zorblax");
            lib.spelling().removeFromDictionary("en-GB", "npm");
        });
        kit.with("desktop", lib -> {
            lib.goals().set(lib.posts().findBySlug(POST_2).orElseThrow().id(), "900");
            lib.spelling().addToDictionary("en", "frobnicate");
        });
        kit.sync("laptop");
        kit.sync("desktop");
        kit.sync("laptop");
        for (String side : new String[] {"laptop", "desktop"}) {
            kit.with(side, lib -> {
                assertThat(lib.goals().goal(lib.posts().findBySlug(POST_1).orElseThrow().id())).hasValue(1200);
                assertThat(lib.goals().goal(lib.posts().findBySlug(POST_2).orElseThrow().id())).hasValue(900);
                assertThat(lib.spelling().personalWords("en")).contains("zorblax", "frobnicate", "monorepo")
                        .doesNotContain("npm");
            });
        }
        assertThat(kit.text("desktop")).containsOnlyKeys(kit.text("laptop").keySet());
    }

    private static void assertSameFiles(Path actual, Path expected) throws IOException {
        try (Stream<Path> walk = Files.walk(expected)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                assertThat(actual.resolve(expected.relativize(f))).hasSameBinaryContentAs(f);
            }
        }
        try (Stream<Path> a = Files.walk(actual); Stream<Path> e = Files.walk(expected)) {
            assertThat(a.count()).isEqualTo(e.count());
        }
    }
}
