package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.ViewModels;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Changes made elsewhere reach the open post, and the editor never writes back a value it did not change. */
@Timeout(30)
class EditorRefreshTest {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private final ManualTasks tasks = new ManualTasks();
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    private EditorViewModel vm;
    private Post a;
    private Post b;

    @BeforeEach
    void setUp() {
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        a = library.posts().create(Post.draft("Post A", "Body of A").tags(List.of("java")).build());
        b = library.posts().create(Post.draft("Post B", "Body of B").build());
        vm = new EditorViewModel(new ViewModels(library).editorServices(), new FakeDialogService(), tasks, clock);
        vm.open(a.id());
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private Post stored() {
        return library.posts().find(a.id()).orElseThrow();
    }

    @Test
    void bulkTagThenATagInTheDetailsPaneKeepsBoth() {
        library.organizer().addTag(List.of(a.id(), b.id()), "evergreen");
        vm.form().getTags().add("llm");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(stored().tags()).containsExactlyInAnyOrder("java", "evergreen", "llm");
        assertThat(vm.form().getTags()).containsExactlyInAnyOrder("java", "evergreen", "llm");
    }

    @Test
    void bulkTagShowsInTheOpenPostOnRefresh() {
        library.organizer().addTag(List.of(a.id(), b.id()), "evergreen");
        vm.refresh();
        assertThat(vm.form().getTags()).containsExactly("java", "evergreen");
        vm.form().getTags().remove("java");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(stored().tags()).containsExactly("evergreen");
    }

    @Test
    void typingAfterABulkStatusChangeKeepsTheStatus() {
        library.organizer().setStatus(List.of(a.id()), PostStatus.PUBLISHED);
        vm.bodyProperty().set("Body of A, longer now");
        tasks.advance(Autosave.DEBOUNCE);
        vm.saveWithRevision();
        assertThat(stored().status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(stored().body()).isEqualTo("Body of A, longer now");
        assertThat(vm.form().statusProperty().get()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void aTitleEditDoesNotWriteBackAStaleCategory() {
        Category news = library.taxonomy().categoryNamed("News");
        library.organizer().setCategory(List.of(a.id()), news.id());
        vm.form().titleProperty().set("Post A, renamed");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(stored().categoryId()).isEqualTo(news.id());
        assertThat(stored().title()).isEqualTo("Post A, renamed");
        assertThat(vm.form().categoryProperty().get()).isEqualTo("News");
    }

    @Test
    void categoryRenameInTheManagerShowsInTheOpenEditor() {
        Category news = library.taxonomy().categoryNamed("News");
        vm.form().categoryProperty().set("News");
        tasks.advance(Autosave.DEBOUNCE);
        library.taxonomy().updateCategory(new Category(news.id(), "Announcements", "", "", "", news.position(),
                null));
        vm.refresh();
        assertThat(vm.form().categoryProperty().get()).isEqualTo("Announcements");
        assertThat(vm.getCategoryNames()).contains("Announcements").doesNotContain("News");
    }

    @Test
    void refreshKeepsAFieldTheWriterIsEditing() {
        vm.form().excerptProperty().set("my own excerpt");
        library.organizer().setFeatured(List.of(a.id()), true);
        vm.refresh();
        assertThat(vm.form().excerptProperty().get()).isEqualTo("my own excerpt");
        assertThat(vm.form().featuredProperty().get()).isTrue();
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(stored().excerpt()).isEqualTo("my own excerpt");
        assertThat(stored().featured()).isTrue();
    }

    @Test
    void refreshShowsATextChangedElsewhereWhenTheWriterHasNotTyped() {
        library.posts().autosave(a.id(), null, "Restored body");
        vm.refresh();
        assertThat(vm.bodyProperty().get()).isEqualTo("Restored body");
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void refreshNeverReplacesTextBeingTyped() {
        vm.bodyProperty().set("typed, not yet saved");
        library.posts().autosave(a.id(), null, "changed elsewhere");
        vm.refresh();
        assertThat(vm.bodyProperty().get()).isEqualTo("typed, not yet saved");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(stored().body()).isEqualTo("typed, not yet saved");
    }

    @Test
    void aTagRemovedElsewhereStaysRemovedWhenTheWriterAddsOne() {
        library.organizer().removeTag(List.of(a.id()), "java");
        vm.form().getTags().add("kotlin");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(stored().tags()).containsExactly("kotlin");
    }

    @Test
    void textSaveTellsTheListTheNewText() {
        List<Post> changed = new ArrayList<>();
        vm.setOnPostChanged(changed::add);
        vm.bodyProperty().set("one two three four");
        tasks.advance(Autosave.DEBOUNCE);
        assertThat(changed).extracting(Post::body).containsExactly("one two three four");
    }
}
