package dev.blogwright.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.logic.sync.ConflictVersion;
import dev.blogwright.logic.sync.text.PostFields;
import dev.blogwright.logic.sync.text.PostFile;
import dev.blogwright.model.Post;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The side-by-side view of a conflicted post: both versions shown; combining saves and clears the flag. */
@Timeout(60)
class ConflictViewTest {
    private static final String SLUG = "monorepo-vs-polyrepo";

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void bothVersionsShowAndACombinationClearsTheFlag() throws Exception {
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            lib.installSample();
            Post mine = lib.posts().findBySlug(SLUG).orElseThrow();
            flag(lib, mine.toBuilder().title("Their title").body("Their text.\n").build());
            SyncViewModel vm = new SyncViewModel(new AutoSync(lib, Clock.systemUTC()), new FakeDialogService());
            assertThat(vm.conflicts()).hasSize(1);
            assertThat(vm.conflicts().get(0).from()).isEqualTo("Desktop");
            ConflictVersion conflict = vm.conflicts().get(0).conflict();

            ConflictView view = onFx(() -> new ConflictView(null, vm.conflictsService(), conflict));
            assertThat(view.mine.getText()).isEqualTo(mine.body());
            assertThat(view.theirs.getText()).isEqualTo("Their text.\n");
            boolean settled = onFx(() -> {
                view.mine.setText("Combined: mine and theirs.\n");
                return view.getResultConverter().call(ConflictView.SAVE_COMBINED);
            });
            assertThat(settled).isTrue();
            vm.settled();
            assertThat(vm.conflicts()).isEmpty();
            assertThat(lib.posts().findBySlug(SLUG).orElseThrow().body()).isEqualTo("Combined: mine and theirs.\n");
            // The version not chosen stays in the history.
            assertThat(lib.revisions().history(mine.id())).anyMatch(r -> r.body().equals("Their text.\n"));
        }
    }

    @Test
    void takingTheirsKeepsMineAsARevision() throws Exception {
        try (BlogLibrary lib = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE)) {
            lib.installSample();
            Post mine = lib.posts().findBySlug(SLUG).orElseThrow();
            flag(lib, mine.toBuilder().title("Their title").body("Their text.\n").build());
            SyncViewModel vm = new SyncViewModel(new AutoSync(lib, Clock.systemUTC()), new FakeDialogService());
            ConflictView view = onFx(() -> new ConflictView(null, vm.conflictsService(), vm.conflicts().get(0).conflict()));
            assertThat(onFx(() -> view.getResultConverter().call(ConflictView.TAKE_THEIRS))).isTrue();
            Post now = lib.posts().findBySlug(SLUG).orElseThrow();
            assertThat(now.title()).isEqualTo("Their title");
            assertThat(now.body()).isEqualTo("Their text.\n");
            assertThat(LibraryTexts.conflicts(lib).open()).isEmpty();
            assertThat(lib.revisions().history(mine.id())).anyMatch(r -> r.body().equals(mine.body()));
        }
    }

    private static void flag(BlogLibrary lib, Post other) {
        PostFile file = PostFields.toFile(other, null, ZoneOffset.UTC);
        Map<String, Object> top = new TreeMap<>(file.frontMatter());
        Map<String, Object> own = new TreeMap<>(file.own());
        own.put(ConflictVersion.FROM, "Desktop");
        top.put(PostFields.OWN, own);
        String text = new String(new PostFile(top, file.body()).bytes(), StandardCharsets.UTF_8);
        LibraryTexts.of(lib).sync().addConflict(other.id(), other.title(), other.body(), "{}", text);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
