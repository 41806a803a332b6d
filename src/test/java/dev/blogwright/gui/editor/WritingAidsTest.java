package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.Theme;
import dev.blogwright.logic.outline.OutlineHeading;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.writing.FocusRange;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/** The writer's aids of issue 23 as a user meets them: outline, section moves, focus mode, full screen. */
@Timeout(90)
class WritingAidsTest extends FxRobot {
    private static final String TEXT = """
            Intro.

            # One
            First section. It has two sentences.

            # Two
            Second section.

            # Three
            Third section.
            """;
    @TempDir
    Path dir;
    private BlogLibrary library;
    private MarkdownEditorView editor;
    private Stage stage;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void mount() throws Exception {
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        library.installSample();
        long id = library.posts().posts(PostQuery.all()).get(0).id();
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> editor = EditorFixtureApp.mount(s, library, dialogs));
        interact(() -> editor.open(id));
        waitUntil(() -> editor.viewModel().getCurrent() != null && editor.area().getLength() > 0);
        interact(() -> {
            editor.area().replaceText(TEXT);
            editor.aids().outlineShownProperty().set(true);
        });
        waitUntil(() -> editor.aids().outline().list().getItems().size() == 3);
    }

    @AfterEach
    void unmount() throws Exception {
        interact(() -> editor.flush());
        FxToolkit.cleanupStages();
        library.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /** Waits for the cell: the list has its items before the next layout pulse gives them cells. */
    private ListCell<?> cell(String heading) throws Exception {
        waitUntil(() -> cellLookup(heading).tryQuery().isPresent());
        return cellLookup(heading).queryAs(ListCell.class);
    }

    private NodeQuery cellLookup(String heading) {
        return lookup(".outline-cell").match(n -> n instanceof ListCell<?> c && c.getItem() instanceof OutlineHeading h
                && h.text().equals(heading));
    }

    @Test
    void clickingAHeadingPutsTheCaretOnIt() throws Exception {
        clickOn(cell("Two"));
        waitUntil(() -> editor.area().getCaretPosition() == TEXT.indexOf("# Two"));
        assertThat(editor.area().isFocused()).isTrue();
    }

    @Test
    void theOutlineFollowsTheCaret() throws Exception {
        interact(() -> editor.area().moveTo(TEXT.indexOf("Third section")));
        waitUntil(() -> editor.aids().outline().list().getSelectionModel().getSelectedIndex() == 2);
        assertThat(editor.aids().outline().list().getSelectionModel().getSelectedItem().text()).isEqualTo("Three");
    }

    @Test
    void draggingAHeadingMovesItsSectionInOneUndoableEdit() throws Exception {
        drag(cell("Three")).dropTo(cell("One"));
        waitUntil(() -> editor.area().getText().indexOf("# Three") < editor.area().getText().indexOf("# One"));
        assertThat(editor.area().getText()).isEqualTo("""
                Intro.

                # Three
                Third section.
                # One
                First section. It has two sentences.

                # Two
                Second section.

                """);
        interact(() -> editor.area().undo());
        assertThat(editor.area().getText()).isEqualTo(TEXT);
    }

    @Test
    void focusModeDimsAllButTheCaretsSentence() throws Exception {
        int inSecondSentence = TEXT.indexOf("has two");
        interact(() -> {
            editor.area().moveTo(inSecondSentence);
            editor.aids().modes().focusProperty().set(FocusRange.Unit.SENTENCE);
        });
        waitUntil(() -> editor.area().getStyleAtPosition(TEXT.indexOf("Second section") + 1)
                .contains(MarkdownHighlighter.DIMMED));
        assertThat(editor.area().getStyleAtPosition(inSecondSentence + 1)).doesNotContain(MarkdownHighlighter.DIMMED);
        assertThat(editor.area().getStyleAtPosition(TEXT.indexOf("First section") + 1))
                .contains(MarkdownHighlighter.DIMMED);
        interact(() -> editor.aids().modes().focusProperty().set(null));
        waitUntil(() -> !editor.area().getStyleAtPosition(TEXT.indexOf("Second section") + 1)
                .contains(MarkdownHighlighter.DIMMED));
    }

    @Test
    void f11ShowsOnlyTheTextAndEscBringsEverythingBack() throws Exception {
        var editorRoot = editor.node();
        clickOn(editor.area());
        type(KeyCode.F11);
        waitUntil(() -> stage.getScene().getRoot().getStyleClass().contains("distraction-free"));
        assertThat(editorRoot.getScene()).isNull();
        assertThat(editor.area().getScene()).isSameAs(stage.getScene());
        type(KeyCode.ESCAPE);
        waitUntil(() -> stage.getScene().getRoot() == editorRoot);
        assertThat(editor.area().getScene()).isSameAs(stage.getScene());
        assertThat(stage.isFullScreen()).isFalse();
    }

    @Test
    void theGoalRingFillsAsTheWordCountGrows() throws Exception {
        EditorStatusBar bar = editor.statusBar();
        assertThat(bar.goal.getText()).isEqualTo("Set a word goal");
        assertThat(bar.ring.isVisible()).isFalse();
        dialogs.answers.add("40");
        clickOn(bar.goal);
        int words = editor.viewModel().wordsProperty().get();
        waitUntil(() -> bar.ring.isVisible() && bar.goal.getText().startsWith(words + " of 40 words"));
        assertThat(bar.ring.getProgress()).isCloseTo(Math.min(1.0, words / 40.0), Offset.offset(1e-9));
        interact(() -> editor.area().appendText(" one two three four five six seven eight nine ten"));
        waitUntil(() -> editor.viewModel().wordsProperty().get() == words + 10
                && bar.goal.getText().startsWith((words + 10) + " of 40 words"));
        assertThat(bar.ring.getProgress()).isCloseTo(Math.min(1.0, (words + 10) / 40.0),
                Offset.offset(1e-9));
        assertThat(library.goals().goal(editor.viewModel().getCurrent().id())).hasValue(40);
    }

    private static Label label(MenuItem item) {
        return (Label) item.getStyleableNode().lookup(".label");
    }

    /** Shot 85: the menu took the status bar's small muted text and looked disabled next to the other menus. */
    @Test
    void theWritingAidsMenuReadsLikeAnyOtherMenu() throws Exception {
        MenuButton aids = lookup(".writing-aids").queryAs(MenuButton.class);
        ContextMenu reference = new ContextMenu(new MenuItem("A menu outside the status bar"));
        try {
            for (Theme theme : Theme.values()) {
                // The theme first, and the menus shown a pulse later: shown in the same pulse, a popup could take
                // its first style from the stylesheet the theme replaces.
                interact(theme::apply);
                WaitForAsyncUtils.waitForFxEvents();
                interact(() -> {
                    aids.show();
                    reference.show(editor.node(), stage.getX() + 20, stage.getY() + 20);
                });
                waitUntil(() -> aids.isShowing() && reference.isShowing()
                        && aids.getItems().get(0).getStyleableNode() != null
                        && reference.getItems().get(0).getStyleableNode() != null);
                Label item = label(aids.getItems().get(0));
                Label plain = label(reference.getItems().get(0));
                // Both popups are styled on their own pulses; wait until they settle, then compare.
                try {
                    waitUntil(() -> item.getFont().getSize() == plain.getFont().getSize()
                            && item.getTextFill().equals(plain.getTextFill()));
                } catch (TimeoutException e) {
                    // They never matched: the assertions below say how they differ.
                }
                assertThat(item.getFont().getSize()).as(theme.name()).isEqualTo(plain.getFont().getSize());
                assertThat(item.getTextFill()).as(theme.name()).isEqualTo(plain.getTextFill());
                interact(() -> {
                    aids.hide();
                    reference.hide();
                });
            }
        } finally {
            interact(() -> Application.setUserAgentStylesheet(null));
        }
    }
}
