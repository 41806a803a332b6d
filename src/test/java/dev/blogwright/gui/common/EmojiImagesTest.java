package dev.blogwright.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.EmojiCatalog.Emoji;
import java.util.Base64;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Emoji drawn as pictures, and the text fallback for what the set does not know. */
class EmojiImagesTest {
    private static EmojiImages images;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        images = EmojiImages.shared();
    }

    @Test
    void everyEmojiThePickerOffersDecodesToAPicture() {
        for (Emoji e : images.catalog().offered()) {
            Image image = images.image(e);
            assertThat(image.isError()).as(e.name()).isFalse();
            assertThat(image.getWidth()).as(e.name()).isEqualTo(32);
            assertThat(image.getHeight()).as(e.name()).isEqualTo(32);
        }
    }

    @Test
    void aPictureIsDecodedOnce() {
        assertThat(images.image("🧪").orElseThrow()).isSameAs(images.image("🧪").orElseThrow());
        assertThat(images.image("🛠️").orElseThrow()).isSameAs(images.image("🛠").orElseThrow());
    }

    @Test
    void aKnownEmojiIsDrawnAsAPictureNamedForScreenReaders() {
        Label label = new Label("old");
        images.draw(label, "🛡️", 22);
        assertThat(label.getText()).isNull();
        assertThat(label.getGraphic()).isInstanceOfSatisfying(ImageView.class, v -> {
            assertThat(v.getImage()).isSameAs(images.image("🛡").orElseThrow());
            assertThat(v.getFitWidth()).isEqualTo(22);
        });
        assertThat(label.getAccessibleText()).isEqualTo("Shield");
    }

    @Test
    void anUnknownIconFallsBackToItsTextWithoutVariationSelectors() {
        Label label = new Label();
        images.draw(label, "🧪", 22);
        images.draw(label, "★\uFE0F", 22);
        assertThat(label.getGraphic()).isNull();
        assertThat(label.getText()).isEqualTo("★");
        images.draw(label, "🚀✨", 22);
        assertThat(label.getText()).isEqualTo("🚀✨");
        images.draw(label, null, 22);
        assertThat(label.getText()).isNull();
        assertThat(images.image("★")).isEmpty();
        assertThat(images.dataUrl("not an emoji")).isEmpty();
    }

    @Test
    void theDataUrlCarriesThePng() {
        String url = images.dataUrl("🧪").orElseThrow();
        assertThat(url).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1));
        assertThat(png).isEqualTo(images.catalog().png(images.catalog().find("🧪").orElseThrow()));
    }
}
