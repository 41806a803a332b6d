package dev.blogwright.gui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.Publishing;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.model.Post;
import dev.blogwright.store.TestLibraries;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Publish dialog's behaviour without a window: direct execution, a fake for every question to the user. */
class PublishViewModelTest {
    @TempDir
    Path dir;
    private BlogLibrary lib;
    private final FakeDialogService dialogs = new FakeDialogService();
    private PublishViewModel vm;
    private Path www;

    @BeforeEach
    void open() {
        lib = TestLibraries.sample(dir);
        vm = new PublishViewModel(Publishing.of(lib), dialogs, UiExecutor.direct(), Runnable::run,
                reason -> Optional.empty());
        www = dir.resolve("www");
        vm.newTarget();
        vm.nameProperty().set("production");
        vm.urlProperty().set(www.toUri().toString());
        vm.saveTarget();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void aSavedTargetIsSelectedAndPublishedWithItsHistory() {
        assertThat(vm.targets()).hasSize(1);
        assertThat(vm.selectedProperty().get().name()).isEqualTo("production");
        vm.publish();
        assertThat(vm.work().messageProperty().get()).startsWith("Published to production: uploaded ");
        assertThat(www.resolve("index.html")).exists();
        assertThat(vm.history()).hasSize(1);
        assertThat(vm.work().runningProperty().get()).isFalse();
    }

    @Test
    void deletionsBeyondTheGuardAreConfirmedThenDone() {
        vm.publish();
        List<Post> posts = lib.indexPosts(false);
        lib.organizer().trash(posts.subList(1, posts.size()).stream().map(Post::id).toList());
        dialogs.confirmAnswer = true;
        vm.publish();
        assertThat(dialogs.confirmations).isEqualTo(1);
        assertThat(vm.work().messageProperty().get()).startsWith("Published to production: uploaded ").doesNotContain(
                "deleted 0");
        assertThat(www.resolve("posts").resolve(posts.get(1).slug())).doesNotExist();
    }

    @Test
    void refusedDeletionsLeaveTheSiteAsItWas() {
        vm.publish();
        List<Post> posts = lib.indexPosts(false);
        lib.organizer().trash(posts.subList(1, posts.size()).stream().map(Post::id).toList());
        dialogs.confirmAnswer = false;
        vm.publish();
        assertThat(www.resolve("posts").resolve(posts.get(1).slug()).resolve("index.html")).exists();
        assertThat(vm.history().get(0).ok()).isFalse();
    }

    @Test
    void aShareOfDeletesThatIsNoNumberIsSaidSo() {
        vm.maxDeletesProperty().set("a quarter");
        vm.saveTarget();
        assertThat(vm.work().messageProperty().get()).isEqualTo("The share of deletes is a number of percent, e.g. 25.");
    }
}
