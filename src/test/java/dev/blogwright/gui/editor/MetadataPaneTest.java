package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Details pane: labels above their fields, and ControlsFX marks on values that will not be saved as typed. */
@Timeout(60)
class MetadataPaneTest extends FxRobot {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private MarkdownEditorView editor;

    @BeforeEach
    void mount() throws Exception {
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        library.installSample();
        Post post = library.posts().posts(PostQuery.all()).get(0);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> editor = EditorFixtureApp.mount(s, library, new FakeDialogService()));
        interact(() -> editor.open(post.id()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> editor.viewModel().getCurrent() != null);
        interact(() -> editor.metadata().details.setExpanded(true));
        var details = editor.metadata().details;
        // The pane expands in an animation over later pulses: the labels have their places once it is done.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> details.getHeight() >= details.getContent().prefHeight(-1)
                && !details.getScene().getRoot().isNeedsLayout());
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
        library.close();
    }

    @Test
    void everyDetailsLabelSitsAboveItsField() {
        var labels = lookup(".field-label").queryAllAs(Label.class).stream()
                .filter(l -> !l.getText().isEmpty()).toList();
        assertThat(labels).extracting(Label::getText).contains("Slug", "Category", "Tags", "Status", "Date", "Time",
                "Excerpt", "Meta title", "Meta description", "Canonical URL", "Featured image");
        for (Label label : labels) {
            Node field = label.getLabelFor();
            Bounds l = label.localToScene(label.getBoundsInLocal());
            Bounds f = field.localToScene(field.getBoundsInLocal());
            assertThat(l.getMaxY()).as(label.getText()).isLessThanOrEqualTo(f.getMinY() + 0.5);
            assertThat(l.getWidth()).as(label.getText() + " shown whole")
                    .isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
        }
    }

    @Test
    void aTitleCutAtTheFieldsEdgeShowsWholeAsATooltip() throws Exception {
        MetadataPane pane = editor.metadata();
        String longTitle = "A title far too long for the title field of the editor's column, which cuts it";
        interact(() -> pane.title.setText(longTitle));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> pane.title.getTooltip() != null);
        assertThat(pane.title.getTooltip().getText()).isEqualTo(longTitle);
        interact(() -> pane.title.setText("Short"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> pane.title.getTooltip() == null);
    }

    @Test
    void slugWithSpacesIsMarkedAndAFixedOneIsNot() throws Exception {
        MetadataPane pane = editor.metadata();
        interact(() -> pane.slug.setText("Not A Slug"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !pane.validation.getValidationResult().getErrors()
                .isEmpty());
        assertThat(pane.validation.getValidationResult().getErrors()).extracting(ValidationMessage::getText)
                .anySatisfy(m -> assertThat(m).contains("lower-case letters"));
        interact(() -> pane.slug.setText("a-fine-slug"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> pane.validation.getValidationResult().getErrors()
                .isEmpty());
    }

    @Test
    void overlongMetaDescriptionIsAWarningNotAnError() throws Exception {
        MetadataPane pane = editor.metadata();
        interact(() -> pane.metaDescription.setText("word ".repeat(40)));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !pane.validation.getValidationResult().getWarnings()
                .isEmpty());
        assertThat(pane.validation.getValidationResult().getErrors()).isEmpty();
    }

    @Test
    void anotherPostsDetailsStartAtTheTop() throws Exception {
        MetadataPane pane = editor.metadata();
        interact(() -> pane.scroll.setVvalue(pane.scroll.getVmax()));
        assertThat(pane.scroll.getVvalue()).isEqualTo(pane.scroll.getVmax());
        Post other = library.posts().posts(PostQuery.all()).get(1);
        interact(() -> editor.open(other.id()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> editor.viewModel().getCurrent().id() == other.id());
        // The scroll pane takes its new value on the layout pulse after the post shows.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> pane.scroll.getVvalue() == pane.scroll.getVmin());
        assertThat(pane.scroll.getVvalue()).isEqualTo(pane.scroll.getVmin());
    }
}
