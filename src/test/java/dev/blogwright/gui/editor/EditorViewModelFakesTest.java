package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.fakes.FakePosts;
import dev.blogwright.gui.fakes.FakeSettings;
import dev.blogwright.gui.fakes.FakeTaxonomy;
import dev.blogwright.logic.asset.Assets;
import dev.blogwright.logic.writing.InMemoryGoals;
import dev.blogwright.logic.writing.WordGoals;
import dev.blogwright.model.Asset;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.WritableValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's view model on fakes of the services it uses: no database file, no Stage. */
class EditorViewModelFakesTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final FakePosts posts = new FakePosts(NOW);
    private final FakeTaxonomy taxonomy = new FakeTaxonomy();
    private final List<Path> added = new ArrayList<>();
    private final Assets assets = new Assets() {
        @Override
        public Path folder() {
            return Path.of("assets");
        }

        @Override
        public Asset add(Path file) {
            added.add(file);
            return new Asset(1, "0a1b2c.png", "0a1b2c", "image/png", 3, 1, 1, NOW);
        }
    };
    private final ManualTasks tasks = new ManualTasks();
    private EditorViewModel vm;
    private Post post;

    @BeforeEach
    void open() {
        post = posts.add(Post.draft("First steps", "# Welcome\n\nThe *first* paragraph.\n\nThe second one."));
        vm = new EditorViewModel(new EditorServices(posts, taxonomy, new FakeSettings(), assets, id -> List.of(),
                new WordGoals(new InMemoryGoals())),
                new FakeDialogService(), tasks, Clock.fixed(NOW, ZoneOffset.UTC));
        vm.open(post.id());
    }

    @Test
    void openingShowsTheWordsAndTheExcerptTheExportWouldWrite() {
        assertThat(vm.getWords()).isEqualTo(7);
        assertThat(vm.getAutoExcerpt()).isEqualTo("The first paragraph.");
        assertThat(vm.getSaveState()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void typingReachesTheLibraryByTheTextPath() {
        vm.bodyProperty().set("Rewritten.");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(posts.calls).containsExactly("autosave " + post.id());
        assertThat(posts.get(post.id()).body()).isEqualTo("Rewritten.");
        assertThat(vm.getSaveState()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void aRetitledPostAsksTheServiceForASlugThatFollowsTheTitle() {
        vm.form().titleProperty().set("Second steps");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(posts.calls).containsExactly("saveEdit " + post.id() + " following");
        assertThat(posts.get(post.id()).title()).isEqualTo("Second steps");
    }

    @Test
    void aPostsOwnLanguageIsSavedAndOnlyThatFieldChanges() {
        vm.form().languageProperty().set("de-DE");
        tasks.advance(Autosave.DEBOUNCE);
        Post saved = posts.get(post.id());
        assertThat(saved.language()).isEqualTo("de-DE");
        assertThat(saved.title()).isEqualTo("First steps");
        vm.form().languageProperty().set("");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(posts.get(post.id()).language()).isEmpty();
    }

    @Test
    void aRefusedWriteKeepsTheTextAndSavesItOnTheRetry() {
        posts.failWrites = true;
        vm.bodyProperty().set("precious words");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(vm.getSaveState()).isEqualTo(SaveState.FAILED);
        assertThat(vm.bodyProperty().get()).isEqualTo("precious words");
        posts.failWrites = false;
        tasks.advance(Autosave.RETRY);
        assertThat(posts.get(post.id()).body()).isEqualTo("precious words");
        assertThat(vm.getSaveState()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void anImageIsCopiedThroughTheAssetsService() {
        List<String> references = new ArrayList<>();
        vm.addAsset(Path.of("photo.png"), references::add);
        assertThat(added).containsExactly(Path.of("photo.png"));
        assertThat(references).containsExactly("assets/0a1b2c.png");
    }

    @Test
    void whatTheViewMustNotChangeIsReadOnly() {
        assertThat(List.of(vm.saveStateProperty(), vm.lastSavedProperty(), vm.wordsProperty(),
                vm.autoExcerptProperty(), vm.garbledProperty(), vm.slugTakenProperty()))
                .allSatisfy(p -> assertThat(p).isNotInstanceOf(WritableValue.class));
    }

    @Test
    void closingTheGarbledNoticeStopsOfferingTheRepair() {
        Post garbled = posts.add(Post.draft("Mojibake", "AI โ€” everywhere"));
        vm.open(garbled.id());
        assertThat(vm.isGarbled()).isTrue();
        vm.dismissGarbled();
        assertThat(vm.isGarbled()).isFalse();
    }
}
