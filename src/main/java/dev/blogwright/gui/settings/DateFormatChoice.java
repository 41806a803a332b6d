package dev.blogwright.gui.settings;

import dev.blogwright.logic.theme.DateFormats;
import java.time.LocalDate;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The blog's date format chosen by example ("7 December 2026"), not typed as a Java pattern, with a preview that
 * follows the blog's language. A custom pattern stored before stays selectable and is marked as such.
 */
final class DateFormatChoice {
    private DateFormatChoice() {
    }

    static HBox of(StringProperty pattern, StringProperty language) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(DateFormats.choicesWith(pattern.get()));
        box.setValue(pattern.get());
        StringConverter<String> words = new StringConverter<>() {
            @Override
            public String toString(String p) {
                if (p == null) {
                    return "";
                }
                String example = DateFormats.example(p, language.get(), DateFormats.SAMPLE_DAY).orElse(p);
                return DateFormats.isCustom(p) ? example + " (custom: " + p + ")" : example;
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
        box.setConverter(words);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : words.toString(item));
            }
        });
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                pattern.set(b);
            }
        });
        Label preview = new Label();
        preview.getStyleClass().add("date-preview");
        preview.setMinWidth(Region.USE_PREF_SIZE);
        Runnable show = () -> preview.setText("Posts show: " + DateFormats.example(pattern.get(), language.get(),
                LocalDate.now()).orElse("(not a valid format)"));
        pattern.addListener((o, a, b) -> show.run());
        // The examples are in the blog's language: a change of language rewords them.
        language.addListener((o, a, b) -> {
            show.run();
            String current = box.getValue();
            box.getItems().setAll(DateFormats.choicesWith(pattern.get()));
            box.setValue(current);
        });
        show.run();
        box.setAccessibleText("Date format");
        HBox row = new HBox(10, box, preview);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
