package dev.blogwright.gui.editor;

import static dev.blogwright.gui.editor.EditorMount.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Details pane's tag field completes the library's existing tags (ControlsFX auto-completion). */
@Timeout(90)
class TagFieldTest extends FxRobot {
    @TempDir
    Path dir;
    private EditorMount mount;

    @BeforeEach
    void mount() throws Exception {
        mount = new EditorMount(this, dir);
        TitledPane details = lookup(".titled-pane").queryAs(TitledPane.class);
        interact(() -> details.setExpanded(true));
        Node content = details.getContent();
        waitUntil(() -> details.getHeight() >= content.prefHeight(-1)); // the expand animation is done
    }

    @AfterEach
    void unmount() throws Exception {
        mount.close();
    }

    @SuppressWarnings("unchecked")
    private Optional<ListView<String>> suggestions() {
        return lookup((ListView<?> l) -> l.getScene() != null && l.getScene().getWindow() instanceof PopupWindow
                && l.getScene().getWindow().isShowing()).tryQuery().map(l -> (ListView<String>) l);
    }

    @Test
    void typingPartOfAKnownTagOffersItAndEnterAddsIt() throws Exception {
        EditorViewModel vm = mount.editor().viewModel();
        String known = vm.getTagNames().stream().filter(t -> !vm.form().getTags().contains(t)).findFirst()
                .orElseThrow();
        TextField input = lookup((TextField f) -> "Add tag".equals(f.getPromptText())).query();
        clickOn(input).write(known.substring(0, 3));
        waitUntil(() -> suggestions().map(l -> l.getItems().contains(known)).orElse(false));
        assertThat(suggestions().orElseThrow().getItems())
                .allMatch(t -> t.toLowerCase(Locale.ROOT).contains(known.substring(0, 3).toLowerCase(Locale.ROOT)))
                .doesNotContainAnyElementsOf(vm.form().getTags());
        ListView<String> list = suggestions().orElseThrow();
        interact(() -> list.getSelectionModel().select(known));
        type(KeyCode.ENTER);
        waitUntil(() -> vm.form().getTags().contains(known));
        assertThat(input.getText()).isEmpty();
    }

    @Test
    void commaAddsANewTagAsTyped() throws Exception {
        EditorViewModel vm = mount.editor().viewModel();
        TextField input = lookup((TextField f) -> "Add tag".equals(f.getPromptText())).query();
        clickOn(input).write("zz-brand-new,");
        waitUntil(() -> vm.form().getTags().contains("zz-brand-new"));
        assertThat(input.getText()).isEmpty();
    }
}
