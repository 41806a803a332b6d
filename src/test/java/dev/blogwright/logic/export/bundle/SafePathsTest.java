package dev.blogwright.logic.export.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"../x", "posts/../../etc/index.html", "/etc/passwd", "C:/x", "a\\b", "a\0b", "con.txt",
            "posts/LPT1/index.html", "a//b", "./a", "a/", "trailing.", "a:b", "posts/a/../b", "posts/./b",
            "posts/b:c/index.html", "posts/dot./index.html", "posts/space /index.html", "posts/a\u0001b/x",
            "posts/nul/index.html", "posts/x/Aux.html"})
    void rejectsEscapesAndNonPortableNames(String path) {
        assertThatThrownBy(() -> SafePaths.resolve(tmp, path)).isInstanceOf(UnsafePathException.class);
    }

    /** Parts are checked in place, each from its own start to its own end: what ends the path is not what counts. */
    @ParameterizedTest
    @ValueSource(strings = {"..x/y", ".well-known/a", "a/b.c/d", "x.y.z", "posts/a..b/index.html", "a/.b",
            "tags/console/index.html", "nul1/a", "posts/con-x/index.html"})
    void acceptsPortableNamesThatLookLikeUnsafeOnes(String path) {
        assertThat(SafePaths.check(path)).isEqualTo(path);
    }

    @Test
    void rejectsOverLongSegment() {
        assertThatThrownBy(() -> SafePaths.check("posts/" + "é".repeat(101)))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("longer");
    }

    @Test
    void aSegmentOfExactlyTheLimitInUtf8Passes() {
        // 66 three-byte characters and two ASCII ones: 200 bytes; one more byte is too long.
        String segment = "ab" + "€".repeat(66);
        assertThat(SafePaths.check("posts/" + segment)).endsWith(segment);
        assertThatThrownBy(() -> SafePaths.check("posts/" + segment + "x")).isInstanceOf(UnsafePathException.class);
        String emoji = "🚀".repeat(50);
        assertThat(SafePaths.check("posts/" + emoji)).endsWith(emoji);
        assertThatThrownBy(() -> SafePaths.check("posts/" + emoji + "x")).isInstanceOf(UnsafePathException.class);
    }

    @Test
    void devicesAreRefusedWhateverTheCaseAndExtension() {
        for (String name : List.of("nul", "Com1.html", "lpt9.tar.gz", "AUX")) {
            assertThatThrownBy(() -> SafePaths.check("tags/" + name + "/index.html")).as(name)
                    .isInstanceOf(UnsafePathException.class).hasMessageContaining("device");
        }
        assertThat(SafePaths.check("tags/console/index.html")).isNotNull();
        assertThat(SafePaths.check("tags/com10/index.html")).isNotNull();
    }

    @Test
    void resolvesOrdinaryPathsInsideTheRoot() {
        assertThat(SafePaths.resolve(tmp, "posts/héllo-🚀/index.html"))
                .startsWithRaw(tmp.toAbsolutePath()).endsWithRaw(Path.of("index.html"));
    }

    @Test
    void exportRejectsSlugThatClimbsOut() {
        List<Post> posts = new ArrayList<>(SiteFixture.posts());
        posts.set(0, posts.get(0).toBuilder().slug("../../etc").build());
        assertThatThrownBy(() -> new ExportService().export(SiteFixture.content(tmp.resolve("lib"), posts, 2),
                tmp.resolve("site"), SiteFixture.options(ExportFormat.ALL), ExportProgress.NONE))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("../../etc");
        assertThat(tmp.resolve("site")).doesNotExist();
        assertThat(tmp.getParent().resolve("etc")).doesNotExist();
    }

    @Test
    void exportRejectsTagWithBackslash() {
        List<Post> posts = new ArrayList<>(SiteFixture.posts());
        posts.set(0, posts.get(0).toBuilder().tags(List.of("..\\x")).build());
        assertThatThrownBy(() -> new ExportService().export(SiteFixture.content(tmp.resolve("lib"), posts, 2),
                tmp.resolve("site"), SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("backslash");
    }

    @Test
    void exportRejectsAbsoluteSlugInJson() {
        List<Post> posts = new ArrayList<>(SiteFixture.posts());
        posts.set(0, posts.get(0).toBuilder().slug("/tmp/owned").build());
        assertThatThrownBy(() -> new ExportService().export(SiteFixture.content(tmp.resolve("lib"), posts, 2),
                tmp.resolve("site"), SiteFixture.options(ExportFormat.JSON), ExportProgress.NONE))
                .isInstanceOf(UnsafePathException.class);
        assertThat(tmp.resolve("site")).doesNotExist();
    }
}
