package dev.blogwright.gui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class StatsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void chartsAndTotalsComeFromTheLibrary() {
        try (BlogLibrary library = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            library.installSample();
            StatsViewModel vm = new StatsViewModel(library::stats, UiExecutor.direct(), new FakeDialogService());
            vm.load();
            assertThat(vm.statsProperty().get().posts()).isEqualTo(6);
            assertThat(vm.perMonth()).extracting(d -> d.getXValue() + "=" + d.getYValue())
                    .containsExactly("2026-03=1", "2026-04=5");
            assertThat(vm.perCategory()).extracting(d -> d.getName()).contains("Performance (2)", "AI & ML (1)");
            assertThat(vm.perCategory()).filteredOn(d -> d.getName().startsWith("Performance"))
                    .extracting(d -> d.getPieValue()).containsExactly(2.0);
            assertThat(vm.totalsProperty().get()).contains("6 posts").contains("0 drafts");
        }
    }

    @Test
    void pagesAreCountedApartNotAsPostsOrAnUncategorisedSlice() {
        try (BlogLibrary library = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            library.installSample();
            library.posts().create(Post.draft("About", "Who we are.").kind(PostKind.PAGE).build());
            library.posts().create(Post.draft("Contact", "Write to us.").kind(PostKind.PAGE).build());
            StatsViewModel vm = new StatsViewModel(library::stats, UiExecutor.direct(), new FakeDialogService());
            vm.load();
            assertThat(vm.statsProperty().get().posts()).isEqualTo(6);
            assertThat(vm.statsProperty().get().pages()).isEqualTo(2);
            assertThat(vm.perCategory()).extracting(d -> d.getName()).noneMatch(n -> n.startsWith("(none)"));
            assertThat(vm.totalsProperty().get()).startsWith("6 posts (6 published, 0 drafts").contains(" · 2 pages · ");
        }
    }
}
