package dev.blogwright.gui.settings;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.FormGrid;
import dev.blogwright.logic.theme.Contrast;
import dev.blogwright.model.ThemeOptions.Font;
import dev.blogwright.model.ThemeOptions.HeaderLayout;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * The Theme tab: pictures with thumbnails, accent colours with a swatch and their contrast ratio, font, header
 * layout and footer text. Only builds nodes and binds; {@link ThemeOptionsViewModel} checks and saves.
 */
final class ThemeOptionsPane extends GridPane {
    private static final List<String> PICTURES = List.of("*.png", "*.jpg", "*.jpeg", "*.gif", "*.svg");
    private final ThemeOptionsViewModel vm;
    private final DialogService dialogs;
    private final Label problem = new Label();
    private int row;

    ThemeOptionsPane(ThemeOptionsViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        getStyleClass().add("theme-options");
        FormGrid.labelsAndFields(this, 12);
        picture("Logo", "logo", 40);
        picture("Favicon", "favicon", 32);
        picture("Social image", "social-image", 40);
        colour("Accent (light)", vm.accentProperty(), vm.accentReportProperty(), "#4f46e5");
        colour("Accent (dark)", vm.accentDarkProperty(), vm.accentDarkReportProperty(), "automatic");
        ChoiceBox<Font> font = choice(Font.values(), f -> switch (f) {
            case SYSTEM -> "System font (nothing to download)";
            case SERIF -> "Serif";
            case INTER -> "Inter (bundled open font)";
        });
        font.valueProperty().bindBidirectional(vm.fontProperty());
        add("Font", font);
        ChoiceBox<HeaderLayout> header = choice(HeaderLayout.values(), h -> switch (h) {
            case LEFT -> "Name and logo left, menu right";
            case CENTERED -> "Centred";
            case COMPACT -> "Compact";
        });
        header.valueProperty().bindBidirectional(vm.headerProperty());
        add("Header", header);
        TextField footer = new TextField();
        footer.setPromptText("© 2026 Ada · [Imprint](https://example.com/imprint)");
        footer.textProperty().bindBidirectional(vm.footerProperty());
        add("Footer text", footer);
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        add("", problem);
    }

    Label problemLabel() {
        return problem;
    }

    private void picture(String label, String key, int height) {
        StringProperty ref = vm.pictureProperty(key);
        ImageView thumb = new ImageView();
        thumb.setFitHeight(height);
        thumb.setFitWidth(height * 3);
        thumb.setPreserveRatio(true);
        Label name = new Label();
        name.setMinWidth(Region.USE_PREF_SIZE);
        Runnable show = () -> {
            thumb.setImage(vm.pictureFile(ref.get()).map(f -> new Image(f.toUri().toString(), height * 3.0, height,
                    true, true, true)).orElse(null));
            // An empty thumbnail would still take its width: "None" stands in its place.
            boolean none = thumb.getImage() == null;
            thumb.setVisible(!none);
            thumb.setManaged(!none);
            name.setText(none ? (ref.get() == null || ref.get().isEmpty() ? "None" : "Missing from the library") : "");
            name.setVisible(none);
            name.setManaged(none);
        };
        ref.addListener((o, a, b) -> show.run());
        show.run();
        Button choose = new Button("Choose…");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> dialogs.chooseFiles(label, "Pictures", PICTURES)
                .stream().findFirst().ifPresent(file -> problem.setText(vm.choosePicture(key, file).orElse(""))));
        Button remove = new Button("Remove");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.disableProperty().bind(ref.isEmpty());
        remove.setOnAction(e -> ref.set(""));
        choose.setAccessibleText("Choose the " + label.toLowerCase(Locale.ROOT));
        HBox box = new HBox(8, thumb, name, choose, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        add(label, box);
    }

    private void colour(String label, StringProperty value, ReadOnlyStringProperty report, String prompt) {
        TextField field = new TextField();
        field.setPrefColumnCount(9);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        Rectangle swatch = new Rectangle(22, 22);
        swatch.setArcWidth(6);
        swatch.setArcHeight(6);
        swatch.setStroke(Color.GRAY);
        swatch.getStyleClass().add("colour-swatch");
        // No colour, no swatch: an empty outlined square beside "Theme default" read as an unticked check box.
        // The swatch keeps its place, so the contrast ratio beside it does not jump when a colour is typed.
        Runnable paint = () -> {
            var colour = Contrast.normalize(value.get()).map(Color::web);
            swatch.setFill(colour.orElse(Color.TRANSPARENT));
            swatch.setVisible(colour.isPresent());
        };
        value.addListener((o, a, b) -> paint.run());
        paint.run();
        Label ratio = new Label();
        ratio.setMinWidth(Region.USE_PREF_SIZE);
        ratio.textProperty().bind(report);
        HBox box = new HBox(8, field, swatch, ratio);
        box.setAlignment(Pos.CENTER_LEFT);
        add(label, box);
    }

    private static <T> ChoiceBox<T> choice(T[] values, Function<T, String> words) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private void add(String label, Node node) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(node);
        addRow(row++, l, node);
        GridPane.setHgrow(node, Priority.ALWAYS);
    }
}
