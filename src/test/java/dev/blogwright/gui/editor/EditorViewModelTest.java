package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class EditorViewModelTest {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private final ManualTasks tasks = new ManualTasks();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    private EditorViewModel vm;
    private Post post;

    @BeforeEach
    void setUp() {
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        post = library.posts().create(Post.draft("First steps", "Hello").build());
        library.posts().create(Post.draft("Taken title", "x").build());
        vm = new EditorViewModel(new ViewModels(library).editorServices(), dialogs, tasks, clock);
        vm.open(post.id());
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private String storedBody() {
        return library.posts().find(post.id()).orElseThrow().body();
    }

    @Test
    void openingShowsTheStoredPost() {
        assertThat(vm.form().getTitle()).isEqualTo("First steps");
        assertThat(vm.bodyProperty().get()).isEqualTo("Hello");
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void slugFollowsTheTitle() {
        vm.form().titleProperty().set("A Brand New Name");
        assertThat(vm.form().getSlug()).isEqualTo("a-brand-new-name");
    }

    @Test
    void slugStopsFollowingOnceEditedByHand() {
        vm.form().slugProperty().set("my-own-slug");
        vm.form().titleProperty().set("Another Title");
        assertThat(vm.form().getSlug()).isEqualTo("my-own-slug");
    }

    @Test
    void clearingTheSlugMakesItFollowAgain() {
        vm.form().slugProperty().set("my-own-slug");
        vm.form().slugProperty().set("");
        vm.form().titleProperty().set("Back Again");
        assertThat(vm.form().getSlug()).isEqualTo("back-again");
    }

    @Test
    void takenSlugShowsWarning() {
        vm.form().slugProperty().set("taken-title");
        tasks.advance(EditorViewModel.STATS_DELAY);
        assertThat(vm.slugTakenProperty().get()).isTrue();
    }

    @Test
    void typingIsSavedOnceAfterThePause() {
        vm.bodyProperty().set("Hello w");
        tasks.advance(Duration.ofMillis(300));
        vm.bodyProperty().set("Hello world");
        tasks.advance(Duration.ofMillis(300));
        assertThat(tasks.writes).isZero();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVING);
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(tasks.writes).isEqualTo(1);
        assertThat(storedBody()).isEqualTo("Hello world");
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void failedSaveKeepsTheTextAndRetries() {
        tasks.failWrites = true;
        vm.bodyProperty().set("precious words");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(vm.saveStatusText(clock.instant())).isEqualTo("Not saved — retrying");
        assertThat(vm.bodyProperty().get()).isEqualTo("precious words");
        tasks.failWrites = false;
        tasks.advance(Autosave.RETRY);
        assertThat(storedBody()).isEqualTo("precious words");
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void metadataChangeIsSavedWithTheFullPost() {
        vm.form().categoryProperty().set("Brand New Category");
        vm.form().getTags().add("java");
        tasks.advance(Autosave.DEBOUNCE);
        Post stored = library.posts().find(post.id()).orElseThrow();
        assertThat(stored.tags()).containsExactly("java");
        assertThat(library.taxonomy().category(stored.categoryId()).orElseThrow().name())
                .isEqualTo("Brand New Category");
    }

    @Test
    void titleEditRenamesTheStoredSlug() {
        vm.form().titleProperty().set("Renamed Post");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(library.posts().find(post.id()).orElseThrow().slug()).isEqualTo("renamed-post");
    }

    @Test
    void followingSlugThatIsTakenIsMadeUniqueOnSave() {
        vm.form().titleProperty().set("Taken title");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(library.posts().find(post.id()).orElseThrow().slug()).isEqualTo("taken-title-2");
        assertThat(vm.form().getSlug()).isEqualTo("taken-title-2");
    }

    @Test
    void aPublishedPostKeepsItsSlugWhenTheTitleChanges() {
        Post live = library.posts().create(Post.draft("Jekyll 4.4.0 Released", "x").status(PostStatus.PUBLISHED)
                .publishedAt(Instant.parse("2024-01-01T00:00:00Z")).build());
        vm.open(live.id());
        vm.form().titleProperty().set("Jekyll 4.4.0 Released (edited)");
        assertThat(vm.form().getSlug()).isEqualTo("jekyll-4-4-0-released");
        tasks.advance(Autosave.DEBOUNCE);
        Post stored = library.posts().find(live.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Jekyll 4.4.0 Released (edited)");
        assertThat(stored.slug()).isEqualTo("jekyll-4-4-0-released");
    }

    @Test
    void publishingADraftStopsItsSlugFollowingTheTitle() {
        vm.form().statusProperty().set(PostStatus.PUBLISHED);
        vm.form().titleProperty().set("Published Name");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(library.posts().find(post.id()).orElseThrow().slug()).isEqualTo("published-name");
        vm.form().titleProperty().set("Published Name, Renamed");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(library.posts().find(post.id()).orElseThrow().slug()).isEqualTo("published-name");
        assertThat(vm.form().getSlug()).isEqualTo("published-name");
    }

    @Test
    void futureDateShowsScheduled() {
        vm.form().publishDateProperty().set(LocalDate.of(2030, 1, 1));
        assertThat(vm.form().scheduledBinding().get()).isTrue();
        vm.form().publishDateProperty().set(LocalDate.of(2020, 1, 1));
        assertThat(vm.form().scheduledBinding().get()).isFalse();
    }

    @Test
    void flushWritesPendingTextAtOnce() {
        vm.bodyProperty().set("typed just now");
        assertThat(vm.flush()).isTrue();
        assertThat(storedBody()).isEqualTo("typed just now");
    }

    @Test
    void flushReportsFailureAndKeepsThePostOpen() {
        Post other = library.posts().create(Post.draft("Other", "other body").build());
        vm.bodyProperty().set("unsaved");
        tasks.failWrites = true;
        vm.saveWithRevision();
        library.close();
        vm.open(other.id());
        assertThat(vm.getCurrent().id()).isEqualTo(post.id());
        assertThat(vm.bodyProperty().get()).isEqualTo("unsaved");
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.WRITE);
    }

    @Test
    void afterStopNoTimerOrTaskReachesTheClosedLibrary() {
        vm.form().slugProperty().set("typed-just-before-quit");
        vm.bodyProperty().set("typed just before quit");
        assertThat(vm.flush()).isTrue();
        vm.stop();
        int reads = tasks.reads;
        int writes = tasks.writes;
        library.close();
        vm.bodyProperty().set("a key still in flight");
        tasks.advance(Duration.ofSeconds(30));
        assertThat(tasks.reads).as("the slug check waiting on its timer is cancelled").isEqualTo(reads);
        assertThat(tasks.writes).isEqualTo(writes);
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.WRITE);
        assertThat(library.posts().find(post.id()).orElseThrow().body()).isEqualTo("typed just before quit");
    }

    @Test
    void explicitSaveKeepsARevision() {
        vm.bodyProperty().set("version two");
        vm.saveWithRevision();
        assertThat(library.revisions().history(post.id())).extracting(r -> r.body()).contains("version two");
    }

    @Test
    void wordCountAndReadingTimeFollowTheText() {
        vm.bodyProperty().set("one two three");
        tasks.advance(EditorViewModel.STATS_DELAY);
        assertThat(vm.wordsProperty().get()).isEqualTo(3);
        assertThat(vm.readingTimeText()).isEqualTo("1 min read");
    }

    @Test
    void anEmptyPostSaysNoReadingTime() {
        vm.bodyProperty().set("");
        tasks.advance(EditorViewModel.STATS_DELAY);
        assertThat(vm.wordsProperty().get()).isZero();
        // "0 words · 1 min read" says something untrue: the status bar shows "0 words" alone.
        assertThat(vm.readingTimeText()).isEmpty();
        vm.bodyProperty().set("one word more");
        tasks.advance(EditorViewModel.STATS_DELAY);
        // Worded by PostText.readingTimeLabel, as the preview's header is.
        assertThat(vm.readingTimeText()).isEqualTo(PostText.readingTimeLabel(PostText.readingMinutes(3)));
    }

    @Test
    void garbledBodyIsFlaggedOnOpen() {
        Post garbled = library.posts().create(Post.draft("Mojibake", "AI โ€” everywhere").build());
        vm.open(garbled.id());
        assertThat(vm.garbledProperty().get()).isTrue();
    }

    @Test
    void savedIndicatorCountsSeconds() {
        assertThat(SaveStatusText.ago(clock.instant(), clock.instant().plusSeconds(2))).isEqualTo("2 s ago");
    }
}
