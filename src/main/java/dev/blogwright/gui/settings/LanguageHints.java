package dev.blogwright.gui.settings;

import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.logic.spelling.Dictionaries;
import dev.blogwright.logic.spelling.InstalledLanguage;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A label that follows a language field with {@link LanguageHint}'s line. */
final class LanguageHints {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageHints.class);

    private LanguageHints() {
    }

    static Label under(ObservableStringValue language) {
        Label hint = new Label();
        hint.setId("spelling-language-hint");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        // The folders are listed off the UI thread, once per dialog; a pair dropped in later shows on the next one.
        SimpleObjectProperty<List<InstalledLanguage>> installed = new SimpleObjectProperty<>();
        Dictionaries dictionaries = Dictionaries.installed();
        BackgroundTasks.run(dictionaries::languages, installed::set, e -> LOG.warn("Could not list the dictionaries", e));
        hint.textProperty().bind(Bindings.createStringBinding(() -> installed.get() == null ? ""
                : LanguageHint.text(language.get(), installed.get(), dictionaries.writersFolder()), language, installed));
        return hint;
    }
}
