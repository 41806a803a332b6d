package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.EmojiCatalog.Emoji;
import dev.blogwright.gui.common.EmojiImages;
import dev.blogwright.gui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The icon picker on its own: pictures in every cell, tabs, search, and a popup that stays in the window. */
@Timeout(60)
class EmojiPickerTest extends FxRobot {
    private final EmojiImages images = EmojiImages.shared();
    private final List<String> picked = new ArrayList<>();
    private Stage stage;
    private Button anchor;
    private EmojiPicker picker;

    @BeforeEach
    void mount() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            anchor = new Button("Icon");
            Pane root = new Pane(anchor);
            // The bottom-right corner, where a popup placed naively under the button would leave the window.
            anchor.relocate(1180, 760);
            s.setScene(new Scene(root, 1280, 800));
            // The primary stage is shared by every test of the run: a size another test gave it must not stay.
            s.setMaximized(false);
            s.setFullScreen(false);
            s.sizeToScene();
            s.setX(0);
            s.setY(0);
            s.show();
        });
        interact(() -> picker = EmojiPicker.show(anchor, anchor.getParent(), images, picked::add));
        waitUntilLaidOut();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /** Waits for the popup's first layout pulse: only then has the grid its cells and the picker its size. */
    private void waitUntilLaidOut() throws Exception {
        waitUntil(() -> {
            Node box = picker.popup().getScene().getRoot().lookup(".emoji-picker");
            return box != null && box.getLayoutBounds().getWidth() > 0 && !picker.popup().getScene().getRoot()
                    .isNeedsLayout() && !shownCells().isEmpty();
        });
    }

    /** The shown cells once the first shows the grid's first item, drawn: cells follow the items a pulse later. */
    private List<EmojiCell> drawnCells() throws Exception {
        waitUntil(() -> {
            List<EmojiCell> cells = shownCells();
            return !picker.grid().getItems().isEmpty() && cells.stream().allMatch(EmojiPickerTest::drawn)
                    && cells.stream().anyMatch(c -> c.getIndex() == 0 && c.getItem() == picker.grid().getItems().get(0));
        });
        return shownCells();
    }

    @AfterEach
    void unmount() throws Exception {
        interact(() -> picker.popup().hide());
        FxToolkit.cleanupStages();
    }

    private List<EmojiCell> shownCells() {
        // The virtual flow keeps spare rows out of sight: only cells shown all the way up the tree count.
        return from(picker.popup().getScene().getRoot()).lookup(".emoji-cell").match(NodeQueryUtils.isVisible())
                .queryAllAs(EmojiCell.class).stream().filter(c -> !c.isEmpty()).toList();
    }

    private static boolean drawn(EmojiCell cell) {
        return cell.getGraphic() instanceof ImageView v && v.getImage() != null && !v.getImage().isError()
                && cell.getText() == null;
    }

    @Test
    void everySuggestionIsInTheSet() {
        for (String s : EmojiPicker.SUGGESTED) {
            assertThat(images.catalog().find(s)).as(s).isPresent();
        }
    }

    @Test
    void theSuggestionsTabShowsAPictureInEveryCell() throws Exception {
        assertThat(picker.selectedCategory()).isEqualTo(EmojiPicker.SUGGESTED_TAB);
        assertThat(picker.grid().getItems()).hasSize(EmojiPicker.SUGGESTED.length);
        // (The virtual flow may keep a spare copy of the last row; what counts is that each item shows, drawn.)
        assertThat(drawnCells()).allMatch(EmojiPickerTest::drawn).extracting(c -> c.getItem().text())
                .containsAll(List.of(EmojiPicker.SUGGESTED.clone()).stream().map(s -> images.catalog().find(s)
                        .orElseThrow().text()).toList());
    }

    @Test
    void everyCategoryTabFillsTheGridWithPictures() throws Exception {
        List<Toggle> tabs = picker.tabs().getToggles();
        assertThat(tabs).hasSize(images.catalog().categories().size() + 1);
        for (Toggle tab : tabs.subList(1, tabs.size())) {
            interact(() -> picker.tabs().selectToggle(tab));
            String category = (String) tab.getUserData();
            assertThat(picker.grid().getItems()).as(category)
                    .containsExactlyElementsOf(images.catalog().categories().get(category));
            assertThat(drawnCells()).as(category).isNotEmpty().allMatch(EmojiPickerTest::drawn);
        }
    }

    @Test
    void thePopupKeepsItsOwnSizeInsideTheWindow() {
        Bounds box = picker.popup().getScene().getRoot().lookup(".emoji-picker").getLayoutBounds();
        assertThat(box.getWidth()).isEqualTo(EmojiPicker.WIDTH);
        assertThat(box.getHeight()).isEqualTo(EmojiPicker.HEIGHT);
        assertThat(picker.popup().getAnchorX()).isGreaterThanOrEqualTo(stage.getX());
        assertThat(picker.popup().getAnchorX() + EmojiPicker.WIDTH).isLessThanOrEqualTo(stage.getX() + stage.getWidth());
        assertThat(picker.popup().getAnchorY()).isGreaterThanOrEqualTo(stage.getY());
        assertThat(picker.popup().getAnchorY() + EmojiPicker.HEIGHT)
                .isLessThanOrEqualTo(stage.getY() + stage.getHeight());
    }

    @Test
    void thePopupStaysInsideTheEditorsColumnWhereItFits() {
        Region column = new Region();
        Button inColumn = new Button("Icon");
        interact(() -> {
            picker.popup().hide();
            Pane root = (Pane) stage.getScene().getRoot();
            column.resizeRelocate(0, 0, 420, 800);
            inColumn.relocate(330, 100);
            root.getChildren().addAll(column, inColumn);
            picker = EmojiPicker.show(inColumn, column, images, picked::add);
        });
        assertThat(picker.popup().getAnchorX()).isGreaterThanOrEqualTo(stage.getX());
        assertThat(picker.popup().getAnchorX() + EmojiPicker.WIDTH).isLessThanOrEqualTo(stage.getX() + 420);
        assertThat(picker.popup().getAnchorY()).isGreaterThan(inColumn.localToScreen(0, 0).getY());
    }

    @Test
    void enterPicksTheFirstMatchOfASearchAndCloses() throws Exception {
        interact(() -> picker.search().setText("rocket"));
        assertThat(picker.grid().getItems()).extracting(Emoji::text).startsWith("🚀");
        assertThat(drawnCells()).allMatch(EmojiPickerTest::drawn);
        clickOn(picker.search()).type(KeyCode.ENTER);
        assertThat(picked).containsExactly("🚀");
        assertThat(picker.popup().isShowing()).isFalse();
    }

    @Test
    void aClickOnACellPicksItsEmoji() throws Exception {
        EmojiCell first = drawnCells().get(0);
        clickOn(first);
        assertThat(picked).containsExactly(first.getItem().text());
    }

    @Test
    void aSearchWithoutMatchesSaysSo() {
        interact(() -> picker.search().setText("zzzzqx"));
        Label nothing = from(picker.popup().getScene().getRoot()).lookup(".emoji-nothing").queryAs(Label.class);
        assertThat(picker.grid().getItems()).isEmpty();
        assertThat(nothing.isVisible()).isTrue();
        assertThat(nothing.getText()).contains("zzzzqx");
        interact(() -> picker.search().clear());
        assertThat(picker.grid().getItems()).hasSize(EmojiPicker.SUGGESTED.length);
        assertThat(nothing.isVisible()).isFalse();
    }

    @Test
    void escapeClosesThePickerWithoutPicking() throws Exception {
        clickOn(picker.search()).type(KeyCode.ESCAPE);
        waitUntil(() -> !picker.popup().isShowing());
        assertThat(picked).isEmpty();
    }

    private NodeQuery promptLookup() {
        return from(picker.search()).lookup(".text").match((Text t) -> picker.search().getPromptText()
                .equals(t.getText()));
    }

    /** Shot 104: the search (focused as the picker opens) showed no placeholder, and the Flags tab was cut. */
    @Test
    void inBothThemesTheFocusedSearchShowsItsPlaceholderAndEveryTabFits() throws Exception {
        try {
            for (Theme theme : Theme.values()) {
                interact(() -> {
                    picker.popup().hide();
                    theme.apply();
                    picker = EmojiPicker.show(anchor, anchor.getParent(), images, picked::add);
                });
                waitUntilLaidOut();
                // The popup's window takes the focus, and the field's skin makes its prompt, on later pulses.
                waitUntil(() -> picker.search().isFocused() && promptLookup().tryQuery().isPresent());
                assertThat(picker.search().isFocused()).as(theme.name()).isTrue();
                Text prompt = promptLookup().queryAs(Text.class);
                assertThat(prompt).as(theme + " placeholder").isNotNull();
                assertThat(prompt.isVisible()).as(theme.name()).isTrue();
                assertThat(prompt.getFill()).as(theme.name()).isNotEqualTo(Color.TRANSPARENT);

                Region root = (Region) picker.popup().getScene().getRoot().lookup(".emoji-picker");
                double right = root.localToScene(root.getWidth() - root.snappedRightInset(), 0).getX();
                for (Node tab : root.lookupAll(".emoji-tab")) {
                    Bounds b = tab.localToScene(tab.getLayoutBounds());
                    assertThat(b.getMaxX()).as(theme + " " + tab.getUserData()).isLessThanOrEqualTo(right + 0.5);
                    assertThat(b.getWidth()).as(theme + " " + tab.getUserData())
                            .isGreaterThanOrEqualTo(((Region) tab).minWidth(-1) - 0.5);
                }
            }
        } finally {
            interact(() -> Application.setUserAgentStylesheet(null));
        }
    }
}
