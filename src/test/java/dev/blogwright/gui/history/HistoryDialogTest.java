package dev.blogwright.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.fakes.FakePosts;
import dev.blogwright.model.Post;
import dev.blogwright.model.Revision;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The history window says why its lists are empty instead of showing two blank panes (a post with no revisions). */
@Timeout(60)
class HistoryDialogTest extends FxRobot {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final FakePosts posts = new FakePosts(NOW);
    private final Post post = posts.add(Post.draft("Now", "the text now"));
    private HistoryDialog dialog;

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            interact(() -> dialog.stage().close());
        }
        FxToolkit.cleanupStages();
    }

    private void open(List<Revision> revisions) {
        AtomicReference<HistoryDialog> made = new AtomicReference<>();
        interact(() -> {
            HistoryViewModel vm = new HistoryViewModel(id -> revisions, posts, post.id(), "the text now",
                    ZoneOffset.UTC);
            made.set(new HistoryDialog(null, vm, new FakeDialogService(), p -> { }));
            made.get().show();
        });
        dialog = made.get();
    }

    private ListView<?> list(String styleClass) {
        return (ListView<?>) dialog.stage().getScene().getRoot().lookup("." + styleClass);
    }

    @Test
    void aPostWithoutRevisionsSaysSoAndHowToKeepOne() throws Exception {
        open(List.of());
        ListView<?> revisions = list("revision-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> HistoryDialog.NO_REVISIONS.equals(((Label) revisions.getPlaceholder()).getText()));
        assertThat(((Label) revisions.getPlaceholder()).getText()).contains("Ctrl+S");
        assertThat(revisions.getPlaceholder().isVisible()).isTrue();
        assertThat(((Label) list("diff-view").getPlaceholder()).getText()).isEqualTo(HistoryDialog.PICK);
    }

    @Test
    void aRevisionFillsBothLists() throws Exception {
        open(List.of(new Revision(7, post.id(), Instant.parse("2025-02-01T09:30:00Z"), "Then", "the text then",
                "{}")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list("diff-view").getItems().isEmpty());
        assertThat(list("revision-list").getItems()).hasSize(1);
    }
}
