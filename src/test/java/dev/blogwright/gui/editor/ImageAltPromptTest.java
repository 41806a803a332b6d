package dev.blogwright.gui.editor;

import static dev.blogwright.gui.editor.EditorMount.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Inserting an image asks for its alt text, suggested from the file name, and writes the answer (issue 21). */
@Timeout(90)
class ImageAltPromptTest extends FxRobot {
    @TempDir
    Path dir;
    private EditorMount mount;

    @BeforeEach
    void mount() throws Exception {
        mount = new EditorMount(this, dir);
    }

    @AfterEach
    void unmount() throws Exception {
        mount.close();
    }

    private void insertWithToolbar(Path image) {
        mount.dialogs.files.clear();
        mount.dialogs.files.add(image);
        Button imageButton = lookup(".editor-toolbar").queryAs(ToolBar.class).getItems().stream()
                .filter(n -> n instanceof Button b && b.getTooltip() != null
                        && b.getTooltip().getText().startsWith("Image"))
                .map(Button.class::cast).findFirst().orElseThrow();
        interact(() -> mount.editor().area().moveTo(0));
        interact(imageButton::fire);
    }

    private Path image(String name) throws Exception {
        Path image = dir.resolve(name);
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        return image;
    }

    @Test
    void answerBecomesTheAltTextAndTheFileNameIsSuggested() throws Exception {
        mount.dialogs.answers.add("Our team [2026] at the lake");
        insertWithToolbar(image("team_photo-2026.png"));
        waitUntil(() -> mount.editor().area().getText().startsWith("![Our team \\[2026\\] at the lake](assets/"));
        assertThat(mount.dialogs.asked).containsExactly("team photo 2026");
    }

    @Test
    void emptyAnswerStillInsertsTheImage() throws Exception {
        mount.dialogs.answers.add("  ");
        insertWithToolbar(image("chart.png"));
        waitUntil(() -> mount.editor().area().getText().startsWith("![](assets/"));
        assertThat(mount.dialogs.asked).isEqualTo(List.of("chart"));
    }

    @Test
    void cancelledQuestionStillInsertsTheImage() throws Exception {
        insertWithToolbar(image("diagram.png"));
        waitUntil(() -> mount.editor().area().getText().startsWith("![](assets/"));
        assertThat(mount.dialogs.asked).containsExactly("diagram");
    }

    @Test
    void droppedFilesAreAskedForOneByOne() throws Exception {
        mount.dialogs.answers.add("First");
        mount.dialogs.answers.add("Second");
        Path a = image("a.png");
        Path b = dir.resolve("b.png");
        ImageIO.write(new BufferedImage(30, 10, BufferedImage.TYPE_INT_RGB), "png", b.toFile());
        interact(() -> mount.editor().insertImageFiles(List.of(a, b)));
        waitUntil(() -> mount.editor().area().getText().contains("![First](assets/")
                && mount.editor().area().getText().contains("![Second](assets/"));
        assertThat(mount.dialogs.asked).containsExactlyInAnyOrder("a", "b");
    }
}
