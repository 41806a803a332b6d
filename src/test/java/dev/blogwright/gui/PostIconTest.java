package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.gui.common.EmojiImages;
import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.web.WebView;
import javafx.stage.Popup;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Post icons as a user meets them (issue 17, item 7): pictures in the list, in the Details pane after a pick,
 * and in the preview's header, on the sample blog whose icons include "⚙️" and "🛡️" (variation selectors).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PostIconTest {
    @TempDir
    static Path dir;
    private Preferences node;
    private MainWindow window;
    private BlogLibrary library;

    @Start
    void start(Stage stage) {
        library = TestWindows.sampleLibrary(dir);
        node = TestWindows.freshPreferences();
        window = TestWindows.show(stage, library, node);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> window.close());
        node.removeNode();
    }

    private static void settle(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private TableView<PostSummary> table(FxRobot robot) {
        return robot.lookup(".table-view").queryTableView();
    }

    private static boolean drawnAsPicture(Labeled labeled) {
        return labeled.getGraphic() instanceof ImageView v && v.getImage() != null && !v.getImage().isError()
                && v.getImage().getWidth() == 32 && v.getFitWidth() >= 20;
    }

    @SuppressWarnings("unchecked")
    private List<TableCell<PostSummary, String>> iconCells(FxRobot robot) {
        return robot.lookup(".icon-cell").queryAll().stream().map(n -> (TableCell<PostSummary, String>) n)
                .filter(c -> !c.isEmpty() && c.getItem() != null && !c.getItem().isEmpty()).toList();
    }

    private void openFirstPost(FxRobot robot) throws Exception {
        settle(() -> table(robot).getItems().size() == 6);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        settle(() -> window.viewModel().editor().currentPostProperty().get() != null);
    }

    /** Expands the Details pane and waits for its animation's end: a click aimed meanwhile lands beside the button. */
    private static void expandDetails(FxRobot robot) throws Exception {
        TitledPane details = robot.lookup(".titled-pane").queryAs(TitledPane.class);
        robot.interact(() -> details.setExpanded(true));
        settle(() -> details.getHeight() >= details.getContent().prefHeight(-1)
                && !details.getScene().getRoot().isNeedsLayout());
    }

    private static Optional<Node> testTubeCell(FxRobot robot) {
        return robot.lookup(".emoji-cell").match(NodeQueryUtils.isVisible())
                .match((Labeled n) -> "Test tube".equals(n.getAccessibleText())).tryQuery();
    }

    @Test
    void everySampleIconIsAPictureInTheList(FxRobot robot) throws Exception {
        settle(() -> table(robot).getItems().size() == 6 && iconCells(robot).size() == 6);
        assertThat(iconCells(robot)).allSatisfy(c -> assertThat(drawnAsPicture(c)).as(c.getItem()).isTrue());
        assertThat(iconCells(robot)).extracting(TableCell::getText).containsOnlyNulls();
    }

    @Test
    void aPickedTestTubeShowsInTheFieldTheListAndThePreview(FxRobot robot) throws Exception {
        openFirstPost(robot);
        long id = window.viewModel().editor().currentPostProperty().get().id();
        expandDetails(robot);
        Button choose = robot.lookup(".icon-choose").queryButton();
        settle(() -> drawnAsPicture(choose));

        robot.clickOn(choose);
        settle(() -> robot.listTargetWindows().stream().anyMatch(w -> w instanceof Popup p && p.isShowing()));
        robot.interact(() -> robot.lookup(".emoji-search").queryTextInputControl().setText("test tube"));
        // A shown cell, once the popup is laid out: the grid keeps spare cells out of sight, and fills on a pulse.
        settle(() -> testTubeCell(robot).map(n -> n.getScene() != null && !n.getScene().getRoot().isNeedsLayout())
                .orElse(false));
        Node cell = testTubeCell(robot).orElseThrow();
        robot.clickOn(cell);

        settle(() -> drawnAsPicture(choose) && "Test tube".equals(choose.getAccessibleText()));
        assertThat(drawnAsPicture(choose)).isTrue();
        assertThat(choose.getText()).isNull();
        assertThat(robot.listTargetWindows()).noneMatch(w -> w instanceof Popup p && p.isShowing());

        // Saved within a second; the list row then draws the new icon.
        settle(() -> "🧪".equals(library.posts().find(id).orElseThrow().icon()));
        settle(() -> iconCells(robot).stream().anyMatch(c -> "🧪".equals(c.getItem())));
        TableCell<PostSummary, String> row = iconCells(robot).stream().filter(c -> "🧪".equals(c.getItem()))
                .findFirst().orElseThrow();
        assertThat(drawnAsPicture(row)).isTrue();

        String picture = EmojiImages.shared().dataUrl("🧪").orElseThrow();
        settle(() -> picture.equals(previewIcon(robot, "src")));
        assertThat(previewIcon(robot, "alt")).isEqualTo("🧪");
    }

    @Test
    void theClearButtonRemovesTheIcon(FxRobot robot) throws Exception {
        openFirstPost(robot);
        long id = window.viewModel().editor().currentPostProperty().get().id();
        expandDetails(robot);
        robot.clickOn(".icon-clear");
        Button choose = robot.lookup(".icon-choose").queryButton();
        settle(() -> choose.getGraphic() == null && "Choose…".equals(choose.getText()));
        assertThat(robot.lookup(".icon-clear").query().isVisible()).isFalse();
        settle(() -> library.posts().find(id).orElseThrow().icon().isEmpty());
    }

    @Test
    void thePreviewHeaderDrawsTheIconAsALoadedPictureWithoutAVariationSelector(FxRobot robot) throws Exception {
        settle(() -> table(robot).getItems().size() == 6);
        int gear = -1;
        for (int i = 0; i < 6; i++) {
            if (table(robot).getItems().get(i).icon().equals("⚙️")) {
                gear = i;
            }
        }
        assertThat(gear).as("the sample blog has a post with the icon ⚙️").isNotNegative();
        int row = gear;
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(row));
        settle(() -> "⚙".equals(previewIcon(robot, "alt")));

        assertThat(previewIcon(robot, "text")).doesNotContain("\uFE0F");
        // Loaded: WebKit decoded the data: URL into a 32 px picture (the DOM's naturalWidth).
        settle(() -> "32".equals(previewIcon(robot, "naturalWidth")));
    }

    private static int naturalWidth(Element img) {
        try {
            return (int) img.getClass().getMethod("getNaturalWidth").invoke(img);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the preview's DOM has no naturalWidth", e);
        }
    }

    private Element header(FxRobot robot) {
        WebView web = robot.lookup(".preview").queryAs(WebView.class);
        var doc = web.getEngine().getDocument();
        if (doc == null) {
            return null;
        }
        NodeList headers = doc.getElementsByTagName("header");
        for (int i = 0; i < headers.getLength(); i++) {
            Element h = (Element) headers.item(i);
            if (h.getAttribute("class").contains("post-header")) {
                return h;
            }
        }
        return null;
    }

    /**
     * An attribute of the icon's picture in the preview's header (the header may also hold the featured image),
     * read on the FX thread as the DOM requires; null while there is none.
     */
    private String previewIcon(FxRobot robot, String attribute) {
        String[] found = new String[1];
        robot.interact(() -> {
            Element header = header(robot);
            NodeList images = header == null ? null : header.getElementsByTagName("img");
            for (int i = 0; images != null && i < images.getLength(); i++) {
                Element img = (Element) images.item(i);
                if ("emoji".equals(img.getAttribute("class"))) {
                    found[0] = attribute.equals("naturalWidth") ? String.valueOf(naturalWidth(img))
                            : attribute.equals("text") ? header.getTextContent() : img.getAttribute(attribute);
                }
            }
        });
        return found[0];
    }
}
