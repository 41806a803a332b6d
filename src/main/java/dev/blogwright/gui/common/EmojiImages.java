package dev.blogwright.gui.common;

import dev.blogwright.gui.common.EmojiCatalog.Emoji;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.control.Labeled;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * Post icons as pictures: JavaFX (controls and WebView alike) cannot draw colour emoji fonts, so the list, the
 * picker, the Details pane and the preview draw the shipped Twemoji image of an emoji instead. An emoji the set
 * does not know is shown as text, without the variation selectors that would be drawn as a box.
 */
public final class EmojiImages {
    private static final class Shared {
        static final EmojiImages INSTANCE = new EmojiImages(EmojiCatalog.load());
    }

    private final EmojiCatalog catalog;
    /** Decoded once per emoji (32 px, about 4 KB each); views scale them to the size they show. */
    private final Map<Emoji, Image> images = new ConcurrentHashMap<>();

    public EmojiImages(EmojiCatalog catalog) {
        this.catalog = catalog;
    }

    /** The app's one instance; loading it reads the 3 MB set once (the start-up warm-up does that early). */
    public static EmojiImages shared() {
        return Shared.INSTANCE;
    }

    public EmojiCatalog catalog() {
        return catalog;
    }

    /** The 32 px picture of an emoji, or empty when the set has none for it. */
    public Optional<Image> image(String emoji) {
        return catalog.find(emoji).map(this::image);
    }

    public Image image(Emoji emoji) {
        return images.computeIfAbsent(emoji, e -> new Image(new ByteArrayInputStream(catalog.png(e))));
    }

    /** The picture as a {@code data:} URL for the preview's WebView, which loads nothing from the class path. */
    public Optional<String> dataUrl(String emoji) {
        return catalog.find(emoji)
                .map(e -> "data:image/png;base64," + Base64.getEncoder().encodeToString(catalog.png(e)));
    }

    /** The emoji's name for tooltips and screen readers, or empty when the set does not know it. */
    public Optional<String> name(String emoji) {
        return catalog.find(emoji).map(Emoji::name);
    }

    /**
     * Shows an emoji on a label, button or cell: its picture at {@code size} px as the graphic (the label's own
     * image view is reused, cells are redrawn often), or the text when the set has no picture.
     */
    public void draw(Labeled target, String emoji, double size) {
        Optional<Emoji> known = catalog.find(emoji);
        if (known.isEmpty()) {
            target.setGraphic(null);
            target.setText(emoji == null ? null : EmojiCatalog.withoutVariationSelectors(emoji));
            target.setAccessibleText(null);
            return;
        }
        ImageView view = target.getGraphic() instanceof ImageView v ? v : new ImageView();
        view.setImage(image(known.get()));
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        view.getStyleClass().setAll("emoji-image");
        target.setText(null);
        target.setGraphic(view);
        target.setAccessibleText(known.get().name());
    }
}
