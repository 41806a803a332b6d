package dev.blogwright.gui.categories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.fakes.FakeTaxonomy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The buttons that act on the selected category or tag are greyed until one is selected. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TaxonomyDialogTest {
    private TaxonomyDialog dialog;

    @Start
    void start(Stage stage) {
        FakeTaxonomy taxonomy = new FakeTaxonomy();
        taxonomy.categoryNamed("Travel");
        taxonomy.addTag("java");
        TaxonomyViewModel vm = new TaxonomyViewModel(taxonomy, new TagDescriptions() {
            @Override
            public Map<String, String> all() {
                return Map.of();
            }

            @Override
            public void save(String slug, String text) {
            }
        }, UiExecutor.direct(), new FakeDialogService(), () -> { });
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
        dialog = new TaxonomyDialog(stage, vm);
        dialog.show();
    }

    private List<Button> buttons(FxRobot robot, String text) {
        return robot.from(dialog.getDialogPane()).lookup(".button").queryAllAs(Button.class).stream().filter(b -> text.equals(b.getText())).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void actionsWaitForASelection(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String text : List.of("Rename…", "Description…", "Merge into…", "Delete", "Move up", "Move down")) {
            assertThat(buttons(robot, text)).as(text).isNotEmpty().allMatch(Button::isDisabled);
        }
        assertThat(buttons(robot, "New…")).allMatch(b -> !b.isDisabled());
        List<ListView<Object>> lists = robot.from(dialog.getDialogPane()).lookup(".list-view").queryAllAs(ListView.class).stream()
                .map(l -> (ListView<Object>) l).toList();
        robot.interact(() -> lists.get(0).getSelectionModel().select(0));
        // The category's buttons wake up; the tag list's Rename stays greyed.
        assertThat(buttons(robot, "Move up")).allMatch(b -> !b.isDisabled());
        assertThat(buttons(robot, "Rename…")).filteredOn(Button::isDisabled).hasSize(1);
        robot.interact(() -> lists.get(1).getSelectionModel().select(0));
        assertThat(buttons(robot, "Rename…")).noneMatch(Button::isDisabled);
        robot.interact(() -> dialog.close());
    }
}
