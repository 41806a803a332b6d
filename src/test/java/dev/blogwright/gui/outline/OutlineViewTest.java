package dev.blogwright.gui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.outline.Outline;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A long heading in the narrow outline ends in "…" with its whole text in a tooltip; the list never scrolls sideways. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OutlineViewTest {
    private static final String LONG = "A heading far longer than the outline panel is wide, as real posts have";
    private OutlineView view;

    @Start
    void start(Stage stage) {
        String text = "# Short\n\ntext\n\n## " + LONG + "\n\nmore\n";
        OutlineViewModel vm = new OutlineViewModel(() -> text, i -> { }, m -> { });
        vm.show(Outline.of(text));
        view = new OutlineView(vm);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 180, 300));
        // The test stage is shared with earlier test classes, which may have made it wide: take the scene's size.
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void longHeadingIsCutWithATooltipAndNoSidewaysScrollBar(FxRobot robot) throws Exception {
        // The list's cells (and whether it needs a sideways bar) come with the stage's first layout pulse.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".outline-cell")
                .match((ListCell<?> c) -> LONG.equals(c.getText())).tryQuery()
                .map(c -> !c.getScene().getRoot().isNeedsLayout()).orElse(false));
        boolean sideways = robot.lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
        assertThat(sideways).as("horizontal scroll bar shown").isFalse();
        ListCell<?> cell = robot.lookup(".outline-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> LONG.equals(c.getText())).findFirst().orElseThrow();
        assertThat(cell.getWidth()).isLessThanOrEqualTo(180);
        assertThat(cell.getTooltip().getText()).isEqualTo(LONG);
    }
}
