package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import org.controlsfx.validation.ValidationMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page's Parent chooser in the Details pane, on a real library: the choice reaches the library through the post
 * service, the page and its sub-pages are never offered, and a loop made meanwhile elsewhere is refused beside the
 * field while the text is still stored.
 */
@Timeout(90)
class PageParentTest extends FxRobot {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private MarkdownEditorView editor;
    private Post about;
    private Post team;
    private Post contact;

    @BeforeEach
    void mount() throws Exception {
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        library.installSample();
        about = library.posts().create(Post.draft("About", "Who we are.").kind(PostKind.PAGE).build());
        team = library.posts().create(Post.draft("Team", "The people.").kind(PostKind.PAGE)
                .parentId(about.id()).build());
        contact = library.posts().create(Post.draft("Contact", "Write to us.").kind(PostKind.PAGE).build());
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> editor = EditorFixtureApp.mount(s, library, new FakeDialogService()));
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
        library.close();
    }

    private ComboBox<ParentChoice> openWithDetails(Post page) throws Exception {
        interact(() -> editor.open(page.id()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> editor.viewModel().getCurrent() != null
                && editor.viewModel().getCurrent().id() == page.id());
        interact(() -> editor.metadata().details.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        return editor.metadata().parent.box;
    }

    private static ParentChoice choice(ComboBox<ParentChoice> box, String label) {
        return box.getItems().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aParentPickedInDetailsIsStoredAsTheParentId() throws Exception {
        ComboBox<ParentChoice> box = openWithDetails(contact);
        assertThat(box.isVisible()).isTrue();
        assertThat(box.getValue()).isEqualTo(ParentChoice.NONE);
        interact(() -> box.getSelectionModel().select(choice(box, "About ▸ Team")));
        assertThat(editor.viewModel().getSaveState()).isNotEqualTo(SaveState.SAVED);
        interact(() -> editor.flush());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> team.id() == library.posts().find(contact.id()).orElseThrow().parentId());
        interact(() -> box.getSelectionModel().select(ParentChoice.NONE));
        interact(() -> editor.flush());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> library.posts().find(contact.id()).orElseThrow().parentId() == null);
    }

    @Test
    void thePageItselfAndItsSubPagesAreNotOffered() throws Exception {
        ComboBox<ParentChoice> box = openWithDetails(about);
        assertThat(box.getItems()).extracting(ParentChoice::label).containsExactly("None", "Contact");
        ComboBox<ParentChoice> ofTeam = openWithDetails(team);
        // In the manual order, where a new page goes to the top.
        assertThat(ofTeam.getItems()).extracting(ParentChoice::label).containsExactly("None", "Contact", "About");
        assertThat(ofTeam.getValue().label()).isEqualTo("About");
        // Another page under the same parent: the choices change, the parent id does not, the box still shows it.
        Post history = library.posts().create(Post.draft("History", "").kind(PostKind.PAGE).parentId(about.id())
                .build());
        ComboBox<ParentChoice> ofHistory = openWithDetails(history);
        assertThat(ofHistory.getItems()).extracting(ParentChoice::label)
                .containsExactly("None", "Contact", "About", "About ▸ Team");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ofHistory.getValue().label()).isEqualTo("About");
        assertThat(ofHistory.getButtonCell().getText()).isEqualTo("About");
    }

    @Test
    void aLoopMadeMeanwhileIsRefusedBesideTheFieldAndTheTextIsStillStored() throws Exception {
        ComboBox<ParentChoice> box = openWithDetails(about);
        ParentChoice offered = choice(box, "Contact");
        // Elsewhere (the command line, a sync) Contact is put under About while its editor still offers Contact.
        library.posts().update(contact.id(), p -> p.toBuilder().parentId(about.id()).build(), false);
        interact(() -> {
            editor.area().appendText(" Since 2019.");
            box.getSelectionModel().select(offered);
        });
        interact(() -> editor.flush());
        MetadataPane pane = editor.metadata();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> pane.parent.refusal.isVisible());
        assertThat(pane.parent.refusal.getText()).contains("cannot be placed under itself");
        assertThat(pane.validation.getValidationResult().getErrors()).extracting(ValidationMessage::getText)
                .anySatisfy(m -> assertThat(m).contains("cannot be placed under itself"));
        Post stored = library.posts().find(about.id()).orElseThrow();
        assertThat(stored.parentId()).isNull();
        assertThat(stored.body()).isEqualTo("Who we are. Since 2019.");
        assertThat(box.getValue()).isEqualTo(ParentChoice.NONE);
    }

    @Test
    void aPostHasNoParentField() throws Exception {
        Post post = library.posts().posts(PostQuery.all().withKind(PostKind.POST)).get(0);
        ComboBox<ParentChoice> box = openWithDetails(post);
        assertThat(box.getParent().getParent().isVisible()).isFalse();
        assertThat(box.getItems()).isEmpty();
    }
}
