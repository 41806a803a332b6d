package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.Theme;
import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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

/** In the dark theme a greyed button stays legible and the selected row is marked by more than a near-black fill. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DarkThemeLookTest {
    @TempDir
    static Path dir;
    private Preferences node;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        node = TestWindows.freshPreferences();
        node.put("theme", Theme.DARK.key());
        window = TestWindows.show(stage, TestWindows.sampleLibraryAt(dir.resolve(UUID.randomUUID() + ".db")), node);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> {
            // The theme first: the open preview follows it and must still find its library.
            Theme.LIGHT.apply();
            window.close();
        });
        TestWindows.remove(node);
    }

    private static Optional<TableRow<?>> selectedRow(FxRobot robot, TableView<?> table) {
        return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> !r.isEmpty() && r.isSelected()).<TableRow<?>>map(r -> r).findFirst();
    }

    @Test
    @SuppressWarnings("unchecked")
    void disabledButtonsAreLegibleAndTheSelectedRowHasAnAccentBar(FxRobot robot) throws Exception {
        TableView<PostSummary> table = robot.lookup(".table-view").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return table.getItems().size() == 6 && !table.getSelectionModel().isEmpty()
                    && selectedRow(robot, table).isPresent(); // the row is made on a layout pulse after the items
        });
        // The selected row's look comes from its :selected style, applied on a pulse of its own.
        robot.interact(() -> table.getScene().getRoot().applyCss());
        Button greyed = robot.lookup(".button").queryAllAs(Button.class).stream().filter(Button::isDisabled)
                .findFirst().orElseThrow();
        assertThat(greyed.getOpacity()).isGreaterThanOrEqualTo(0.6);
        TableRow<?> selected = selectedRow(robot, table).orElseThrow();
        assertThat(selected.getBackground().getFills()).hasSize(3);
        assertThat(selected.getBackground().getFills().get(2).getInsets().getLeft()).isEqualTo(3);
        UiScreens.snapshot(window.stage(), UiAuditTest.SNAPSHOTS.resolve("dark-look-1280x800.png"));
    }
}
