package dev.blogwright.gui.editor;

import static dev.blogwright.gui.editor.EditorMount.onFx;
import static dev.blogwright.gui.editor.EditorMount.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Find and replace as a writer uses it (issue 17, item 11). */
@Timeout(90)
class FindBarTest extends FxRobot {
    private static final String TEXT = "Rust is fast.\n\n```rust\nfn main() {}\n```\n\nSee rust-lang.org. Rust!\n";
    @TempDir
    Path dir;
    private EditorMount mount;
    private MarkdownArea area;

    @BeforeEach
    void mount() throws Exception {
        mount = new EditorMount(this, dir);
        area = mount.editor().area();
        interact(() -> {
            area.replaceText(TEXT);
            area.moveTo(0);
        });
    }

    @AfterEach
    void unmount() throws Exception {
        mount.close();
    }

    private String count() {
        return lookup(".find-count").queryAs(Label.class).getText();
    }

    private void find(String query) throws Exception {
        interact(() -> mount.editor().find());
        TextField field = lookup(".find-query").queryAs(TextField.class);
        interact(() -> field.setText(query));
    }

    private boolean marked(int position) {
        return area.getStyleOfChar(position).contains(MarkdownHighlighter.FIND_MATCH);
    }

    @Test
    void countSaysWhichMatchOfHowMany() throws Exception {
        find("Rust");
        waitUntil(() -> count().equals("1 of 2"));
        assertThat(area.getSelectedText()).isEqualTo("Rust");
        type(KeyCode.ENTER);
        waitUntil(() -> count().equals("2 of 2"));
        assertThat(area.getSelection().getStart()).isEqualTo(TEXT.lastIndexOf("Rust"));
        type(KeyCode.ENTER);
        waitUntil(() -> count().equals("1 of 2"));
    }

    @Test
    void everyMatchIsHighlightedAndEscClearsAndReturnsToTheText() throws Exception {
        interact(() -> lookup(".find-bar").query()); // the bar exists before it is shown
        find("rust");
        waitUntil(() -> onFx(() -> marked(TEXT.indexOf("```rust") + 3) && marked(TEXT.indexOf("rust-lang"))));
        assertThat(onFx(() -> marked(0) || marked(TEXT.indexOf("fast")))).isFalse();
        // Esc from a control of the bar other than the query field closes it too.
        ToggleButton wholeWord = lookup(".whole-word").queryAs(ToggleButton.class);
        interact(wholeWord::requestFocus);
        type(KeyCode.ESCAPE);
        waitUntil(() -> !lookup(".find-bar").query().isVisible());
        assertThat(area.isFocused()).isTrue();
        assertThat(onFx(() -> marked(TEXT.indexOf("rust-lang")))).isFalse();
    }

    @Test
    void replaceAllMatchesCaseByDefaultSaysWhatItDidAndUndoesInOneStep() throws Exception {
        interact(() -> mount.editor().replace());
        interact(() -> {
            lookup(".find-query").queryAs(TextField.class).setText("Rust");
            lookup(".find-replacement").queryAs(TextField.class).setText("RUST");
        });
        clickOn(lookup((Button b) -> "Replace all".equals(b.getText())).queryButton());
        assertThat(area.getText()).isEqualTo(TEXT.replace("Rust is", "RUST is").replace("Rust!", "RUST!"));
        assertThat(area.getText()).contains("```rust", "rust-lang.org");
        assertThat(count()).isEqualTo("Replaced 2");
        interact(area::undo);
        assertThat(area.getText()).isEqualTo(TEXT);
    }

    @Test
    void matchCaseOffAndWholeWordChangeWhatIsFound() throws Exception {
        find("rust");
        waitUntil(() -> count().equals("1 of 2"));
        ToggleButton matchCase = lookup(".match-case").queryAs(ToggleButton.class);
        assertThat(matchCase.getTooltip().getText()).isEqualTo("Match case");
        assertThat(matchCase.isSelected()).isTrue();
        interact(() -> matchCase.setSelected(false));
        waitUntil(() -> count().endsWith("of 4"));
        ToggleButton wholeWord = lookup(".whole-word").queryAs(ToggleButton.class);
        interact(() -> lookup(".find-query").queryAs(TextField.class).setText("rus"));
        waitUntil(() -> count().endsWith("of 4"));
        interact(() -> wholeWord.setSelected(true));
        waitUntil(() -> count().equals("No results"));
    }

    @Test
    void noControlOfTheBarIsCutShortInANarrowEditorColumn() throws Exception {
        // About the editor column of a 1280 px main window with the post list and the preview beside it.
        interact(() -> area.getScene().getWindow().setWidth(980));
        waitUntil(() -> area.getScene().getWidth() <= 980); // the scene follows the window on a later event
        interact(() -> mount.editor().replace());
        interact(() -> lookup(".find-query").queryAs(TextField.class).setText("rust"));
        waitUntil(() -> !count().isEmpty());
        // The skins' text nodes follow on CSS and layout, which the next pulse may not have done yet.
        interact(() -> {
            area.getScene().getRoot().applyCss();
            area.getScene().getRoot().layout();
        });
        int checked = 0;
        for (Node node : lookup(".find-bar").query().lookupAll("*")) {
            if (!(node instanceof Labeled labeled) || labeled.getText() == null
                    || labeled.getText().isEmpty() || !labeled.isVisible()) {
                continue;
            }
            checked++;
            Text shown = (Text) labeled.lookup(".text");
            assertThat(shown.getText()).as("shown text of %s", labeled).isEqualTo(labeled.getText());
        }
        assertThat(checked).as("count, Match case, Whole word, Replace, Replace all").isEqualTo(5);
        TextField field = lookup(".find-query").queryAs(TextField.class);
        assertThat(field.getWidth()).as("room to see the query").isGreaterThanOrEqualTo(120);
    }
}
