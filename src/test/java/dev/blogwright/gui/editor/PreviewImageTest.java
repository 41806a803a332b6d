package dev.blogwright.gui.editor;

import static dev.blogwright.gui.editor.EditorMount.onFx;
import static dev.blogwright.gui.editor.EditorMount.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.webkit.dom.HTMLImageElementImpl;
import dev.blogwright.model.Post;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.w3c.dom.NodeList;

/**
 * An image inserted with the toolbar's image button is drawn in the preview (issue 17, item 5): WebKit has
 * decoded it ({@code naturalWidth} is the PNG's width), not only linked it and shown the alt text.
 */
@Timeout(90)
class PreviewImageTest extends FxRobot {
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

    /** The natural width of the preview's first image, 0 while it is not (or cannot be) decoded. */
    private int firstImageWidth() throws Exception {
        return onFx(() -> {
            var doc = mount.editor().preview().document();
            NodeList imgs = doc == null ? null : doc.getElementsByTagName("img");
            // The header's post icon is drawn as an <img class="emoji">: the post's own images come after it.
            for (int i = 0; imgs != null && i < imgs.getLength(); i++) {
                HTMLImageElementImpl img = (HTMLImageElementImpl) imgs.item(i);
                if (!"emoji".equals(img.getClassName())) {
                    return img.getNaturalWidth();
                }
            }
            return 0;
        });
    }

    @Test
    void insertedImageIsDrawnInThePreviewAndAfterReopening() throws Exception {
        Path image = dir.resolve("team-photo.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        mount.dialogs.files.add(image);
        mount.dialogs.answers.add("team photo"); // the alt text asked on insert
        Button imageButton = lookup(".editor-toolbar").queryAs(ToolBar.class).getItems().stream()
                .filter(n -> n instanceof Button b && b.getTooltip() != null
                        && b.getTooltip().getText().startsWith("Image"))
                .map(Button.class::cast).findFirst().orElseThrow();
        interact(() -> mount.editor().area().moveTo(0));
        interact(imageButton::fire);
        waitUntil(() -> mount.editor().area().getText().startsWith("![team photo](assets/"));
        waitUntil(() -> firstImageWidth() == 40);

        Post other = mount.library.posts().create(Post.draft("Another", "text").build());
        interact(() -> mount.editor().open(other.id()));
        waitUntil(() -> firstImageWidth() == 0 && mount.editor().viewModel().getCurrent().id() == other.id());
        interact(() -> mount.editor().open(mount.post.id()));
        waitUntil(() -> firstImageWidth() == 40);
        assertThat(mount.editor().area().getText()).startsWith("![team photo](assets/");
    }

    @Test
    void featuredImageInThePostHeaderIsDrawn() throws Exception {
        Path image = dir.resolve("cover.png");
        ImageIO.write(new BufferedImage(64, 20, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        mount.dialogs.files.add(image);
        interact(() -> mount.editor().viewModel().chooseFeaturedImage());
        waitUntil(() -> onFx(() -> {
            var doc = mount.editor().preview().document();
            var imgs = doc == null ? null : doc.getElementsByTagName("img");
            for (int i = 0; imgs != null && i < imgs.getLength(); i++) {
                var img = (HTMLImageElementImpl) imgs.item(i);
                if (img.getClassName().contains("post-image") && img.getNaturalWidth() == 64) {
                    return true;
                }
            }
            return false;
        }));
    }
}
