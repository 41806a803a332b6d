package dev.blogwright.gui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The auditor itself: it must see what a person sees, or UiAuditTest passes for nothing. */
@Timeout(30)
class SceneAuditTest {
    @BeforeAll
    static void toolkit() throws Exception {
        // Controls need the toolkit before they are built.
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    private SceneAudit audit(VBox root) throws Exception {
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(root, 400, 200));
            stage.show();
        });
        return WaitForAsyncUtils.asyncFx(() -> {
            // Styled and laid out now: the stage's first pulse, which cuts the texts, may not have come yet.
            root.applyCss();
            root.layout();
            return new SceneAudit("test").audit(root);
        }).get(15, TimeUnit.SECONDS);
    }

    @Test
    void aButtonSqueezedToAnEllipsisIsReportedWithItsText() throws Exception {
        Button squeezed = new Button("Merge into…");
        squeezed.setMaxWidth(40);
        squeezed.setPrefWidth(40);
        SceneAudit audit = audit(new VBox(new HBox(squeezed)));
        assertThat(audit.findings()).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("Merge into…");
            assertThat(f.problem()).startsWith("cut to");
            assertThat(f.node()).startsWith("Button");
        });
    }

    @Test
    void greyOnWhiteUnderFourAndAHalfIsReported() throws Exception {
        Label faint = new Label("faint");
        faint.setTextFill(Color.web("#999999"));
        Label dark = new Label("dark");
        dark.setTextFill(Color.web("#333333"));
        VBox root = new VBox(faint, dark);
        root.setStyle("-fx-background-color: white;");
        SceneAudit audit = audit(root);
        assertThat(audit.findings()).extracting(SceneAudit.Finding::text).containsExactly("faint");
        assertThat(audit.textsChecked()).isEqualTo(2);
    }

    @Test
    void aNarrowFieldCuttingItsDateIsReportedAWideOneScrollingIsNot() throws Exception {
        TextField date = new TextField("12/24/2026");
        date.setPrefWidth(50);
        date.setMaxWidth(50);
        TextField description = new TextField("a long description ".repeat(10));
        description.setPrefWidth(360);
        SceneAudit audit = audit(new VBox(new HBox(date), description));
        assertThat(audit.findings()).extracting(SceneAudit.Finding::text).containsExactly("12/24/2026");
    }
}
