package dev.blogwright.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.model.Post;
import dev.blogwright.model.Revision;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class HistoryViewModelTest {
    @TempDir
    Path dir;

    @Test
    void restoreBringsBackTheRevisionText() {
        try (BlogLibrary library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE)) {
            Post post = library.posts().create(Post.draft("Title", "first").build());
            library.posts().save(post.toBuilder().body("second").build(), true);
            library.posts().save(library.posts().find(post.id()).orElseThrow().toBuilder().body("third").build(), true);
            HistoryViewModel vm = new HistoryViewModel(library.revisions(), library.posts(), post.id(), "third", ZoneOffset.UTC);
            vm.show(vm.load());
            Revision second = vm.getRevisions().stream().filter(r -> r.body().equals("second")).findFirst()
                    .orElseThrow();
            vm.selectedProperty().set(second);
            assertThat(vm.getDiff()).extracting(LineDiff.Line::text).containsExactly("second", "third");

            Post restored = vm.restore(second);

            assertThat(restored.body()).isEqualTo("second");
            assertThat(library.posts().find(post.id()).orElseThrow().body()).isEqualTo("second");
        }
    }

    @Test
    void descriptionShowsTitleAndWords() {
        try (BlogLibrary library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE)) {
            Post post = library.posts().create(Post.draft("Title", "one two").build());
            library.posts().save(post, true);
            HistoryViewModel vm = new HistoryViewModel(library.revisions(), library.posts(), post.id(), "one two", ZoneOffset.UTC);
            List<Revision> revisions = vm.load();
            assertThat(vm.describe(revisions.get(0))).endsWith("· 2 words\nTitle");
        }
    }
}
