package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.gui.common.Theme;
import dev.blogwright.logic.check.Finding;
import dev.blogwright.logic.check.FindingKind;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Problems lists the blog check's findings, and a double-click opens the post at the place. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ProblemsPanelTest {
    private static final String BODY = "A first line.\n\nThis line has a wrod in it.\n";
    @TempDir
    static Path dir;
    private Preferences node;
    private MainWindow window;
    private long typoPost;

    @Start
    void start(Stage stage) {
        node = TestWindows.freshPreferences();
        BlogLibrary library = TestWindows.sampleLibrary(dir);
        long category = library.taxonomy().categories().get(0).id();
        typoPost = library.posts().create(Post.draft("A Post With One Small Typo In It", BODY).categoryId(category)
                .excerpt("A short post that exists to carry one misspelled word for the test.").build()).id();
        // A post without a category: a problem of the post as a whole, with no line.
        library.posts().create(Post.draft("Uncategorised Notes On Something", "Text.")
                .excerpt("A short post that exists to have no category at all for this test.").build());
        window = TestWindows.show(stage, library, node);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Window.getWindows().stream().filter(w -> w != window.stage()).toList().forEach(Window::hide);
            window.close();
            Theme.LIGHT.apply();
        });
        TestWindows.remove(node);
    }

    private static void settle(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private MenuItem viewItem(String text) {
        return window.view().menuBar().getMenus().stream().filter(m -> m.getText().equals("_View"))
                .flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMisspelledWordIsListedAndADoubleClickPutsTheCaretOnIt(FxRobot robot) throws Exception {
        settle(() -> window.viewModel().editor().currentPostProperty().get() != null);
        robot.interact(() -> viewItem("Problems…").fire());
        settle(() -> robot.lookup("#problems-table").tryQuery().isPresent());
        TableView<Finding> table = robot.lookup("#problems-table").queryAs(TableView.class);
        settle(() -> !table.getItems().isEmpty());
        assertThat(table.getItems()).extracting(Finding::kind).contains(FindingKind.NO_CATEGORY);
        Finding whole = table.getItems().stream().filter(f -> f.kind() == FindingKind.NO_CATEGORY).findFirst()
                .orElseThrow();
        // Rows name the post by its title, and a problem of the whole post shows no line number.
        settle(() -> robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> "Uncategorised Notes On Something".equals(c.getText())));
        TableRow<Finding> wholeRow = robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() == whole).findFirst().orElseThrow();
        assertThat(robot.from(wholeRow).lookup(".table-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).doesNotContain("0");
        ComboBox<FindingKind> kind = robot.lookup("#problems-kind").queryAs(ComboBox.class);
        assertThat(kind.getItems()).contains(null, FindingKind.SPELLING, FindingKind.NO_CATEGORY);
        robot.interact(() -> kind.setValue(FindingKind.SPELLING));
        assertThat(table.getItems()).singleElement().satisfies(f -> {
            assertThat(f.postId()).isEqualTo(typoPost);
            assertThat(f.detail()).startsWith("'wrod'");
            assertThat(f.line()).isEqualTo(3);
        });
        assertThat(robot.lookup("#problems-summary").queryAs(Label.class).getText()).startsWith("2 problems in 2 posts");
        // The rows are laid out a pulse after the items arrive; on a loaded machine that pulse can come late.
        // Until then a row can still show the finding the filter took away: wait for the spelling finding's row.
        settle(() -> robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .anyMatch(r -> !r.isEmpty() && r.getItem() == table.getItems().get(0)));
        TableRow<Finding> row = robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> !r.isEmpty() && r.getItem() == table.getItems().get(0)).findFirst().orElseThrow();
        robot.doubleClickOn(row);
        settle(() -> {
            Post open = window.viewModel().editor().currentPostProperty().get();
            return open != null && open.id() == typoPost;
        });
        CodeArea area = robot.from(window.stage().getScene().getRoot()).lookup(".code-area").queryAs(CodeArea.class);
        int at = BODY.indexOf("wrod");
        settle(() -> area.getCaretPosition() == at);
        // The Problems window moved to the lower third of the main one, off the place it opened.
        Window problems = table.getScene().getWindow();
        Stage main = window.stage();
        assertThat(problems.getY()).isGreaterThan(main.getY() + main.getHeight() / 2 - 1);
        assertThat(area.getText().substring(area.getCaretPosition())).startsWith("wrod");
    }
}
