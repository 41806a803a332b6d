package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.post.PostSort;
import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** At 1280×800 the list shows in full what a person must read: each row's second line, the filters, the headers. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ListTextFitsTest {
    @TempDir
    static Path dir;
    private Preferences node;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        node = TestWindows.freshPreferences();
        window = TestWindows.show(stage, TestWindows.sampleLibraryAt(dir.resolve(UUID.randomUUID() + ".db")), node);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> window.close());
        TestWindows.remove(node);
    }

    private static void settle(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    /**
     * Styles and lays out the window now: a skin's drawn text (and a new column's header) follows a change only on
     * a later pulse, which a loaded machine may not have run yet.
     */
    private static void layOut(FxRobot robot, Parent root) {
        robot.interact(() -> {
            root.applyCss();
            root.layout();
        });
    }

    /** What the label's skin draws; shorter than its text, or ending in "…", when the label is cut. */
    static String shown(Labeled label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return "";
    }

    private static <T extends Node> List<T> all(Parent root, String selector, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n : root.lookupAll(selector)) {
            if (type.isInstance(n) && n.isVisible()) {
                found.add(type.cast(n));
            }
        }
        return found;
    }

    /** The combo box's button cell: the list cell its skin holds directly (not one of its popup's). */
    private static Labeled buttonCell(ComboBox<?> box) {
        return box.getChildrenUnmodifiable().stream().filter(n -> n instanceof Labeled).map(n -> (Labeled) n)
                .findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void secondLinesFiltersAndHeadersAreNotCut(FxRobot robot) throws Exception {
        TableView<PostSummary> table = robot.lookup(".table-view").queryTableView();
        settle(() -> table.getItems().size() == 6);
        Parent root = table.getScene().getRoot();
        // The rows (and their second lines) are made on the layout pulse after the items arrive.
        settle(() -> !all(root, ".post-meta", Label.class).isEmpty());
        layOut(robot, root);
        List<Label> metas = UiScreens.call(() -> all(root, ".post-meta", Label.class));
        assertThat(metas).isNotEmpty();
        for (Label meta : metas) {
            if (meta.getText() != null && !meta.getText().isEmpty()) {
                assertThat(shown(meta)).as("second line of a row").isEqualTo(meta.getText());
            }
        }
        // A cut title is read in full in the row's tooltip.
        for (TableCell<?, ?> cell : all(root, ".table-cell", TableCell.class)) {
            Label title = (Label) cell.lookup(".post-title");
            if (title != null && title.getText() != null && !title.getText().isEmpty()) {
                assertThat(cell.getTooltip()).isNotNull();
                assertThat(cell.getTooltip().getText()).isEqualTo(title.getText());
            }
        }
        ComboBox<PostSort> sort = (ComboBox<PostSort>) root.lookup("#sortBox");
        ComboBox<?> category = (ComboBox<?>) root.lookup("#categoryBox");
        for (PostSort s : PostSort.values()) {
            robot.interact(() -> sort.setValue(s));
            layOut(robot, root);
            for (ComboBox<?> box : List.of(sort, category)) {
                Labeled cell = UiScreens.call(() -> buttonCell(box));
                assertThat(shown(cell)).as("%s sorted by %s", box.getId(), s).isEqualTo(cell.getText());
            }
        }
        robot.interact(() -> table.getColumns().forEach(c -> c.setVisible(true)));
        layOut(robot, root); // the new columns' headers
        Labeled words = UiScreens.call(() -> all(root, ".column-header .label", Labeled.class)).stream()
                .filter(l -> "Words".equals(l.getText())).findFirst().orElseThrow();
        assertThat(shown(words)).isEqualTo("Words");
        // Every column has a name for the column menu; the narrow icon column's header does not show its own.
        assertThat(table.getColumns()).allMatch(c -> c.getText() != null && !c.getText().isBlank());
        Labeled icon = UiScreens.call(() -> all(root, ".column-header .label", Labeled.class)).stream()
                .filter(l -> "Icon".equals(l.getText())).findFirst().orElse(null);
        assertThat(icon).as("the icon header's label is hidden").isNull();
        UiScreens.snapshot(window.stage(), UiAuditTest.SNAPSHOTS.resolve("list-fits-1280x800.png"));
    }

    @Test
    void escapeEmptiesTheSearchBox(FxRobot robot) throws Exception {
        TableView<PostSummary> table = robot.lookup(".table-view").queryTableView();
        settle(() -> table.getItems().size() == 6);
        TextField search = robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> f.getPromptText() != null && f.getPromptText().startsWith("Search")).findFirst()
                .orElseThrow();
        robot.clickOn(search).write("postgres");
        settle(() -> table.getItems().size() < 6);
        robot.push(KeyCode.ESCAPE);
        assertThat(search.getText()).isEmpty();
        settle(() -> table.getItems().size() == 6);
    }
}
