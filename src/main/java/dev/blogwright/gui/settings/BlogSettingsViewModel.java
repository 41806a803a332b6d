package dev.blogwright.gui.settings;

import dev.blogwright.logic.settings.Settings;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.IndexOrder;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The blog settings form: loaded from the library, checked, and saved in one go. */
public final class BlogSettingsViewModel {
    private final Settings settings;
    public final StringProperty header = new SimpleStringProperty();
    public final StringProperty title = new SimpleStringProperty();
    public final StringProperty tagline = new SimpleStringProperty();
    public final StringProperty description = new SimpleStringProperty();
    public final StringProperty baseUrl = new SimpleStringProperty();
    public final StringProperty author = new SimpleStringProperty();
    public final StringProperty language = new SimpleStringProperty();
    public final IntegerProperty postsPerPage = new SimpleIntegerProperty();
    public final ObjectProperty<IndexOrder> indexOrder = new SimpleObjectProperty<>();
    public final StringProperty theme = new SimpleStringProperty();
    public final StringProperty dateFormat = new SimpleStringProperty();
    public final BooleanProperty trustRawHtml = new SimpleBooleanProperty();
    /** Places dates written without an offset (an import's {@code date: 2024-03-01}, a new post). */
    public final StringProperty timeZone = new SimpleStringProperty();

    public BlogSettingsViewModel(Settings settings) {
        this.settings = settings;
        BlogSettings s = settings.load();
        header.set(s.header());
        title.set(s.title());
        tagline.set(s.tagline());
        description.set(s.description());
        baseUrl.set(s.baseUrl());
        author.set(s.authorName());
        language.set(s.language());
        postsPerPage.set(s.postsPerPage());
        indexOrder.set(s.indexOrder());
        theme.set(s.theme());
        dateFormat.set(s.dateFormat());
        trustRawHtml.set(s.trustRawHtml());
        timeZone.set(s.timeZone());
    }

    /** The first problem with the form, as one sentence; empty when it can be saved. */
    public Optional<String> validate() {
        return titleProblem(title.get())
                .or(() -> baseUrlProblem(baseUrl.get()))
                .or(() -> postsPerPage.get() < 1 || postsPerPage.get() > 500
                        ? Optional.of("Posts per page must be between 1 and 500.") : Optional.empty())
                .or(() -> dateFormatProblem(dateFormat.get()))
                .or(() -> languageProblem(language.get()))
                .or(() -> timeZoneProblem(timeZone.get()));
    }

    /* One rule per field, also used by the dialog's decorations while the person types. */

    public static Optional<String> titleProblem(String title) {
        return title == null || title.isBlank() ? Optional.of("The blog needs a title.") : Optional.empty();
    }

    public static Optional<String> baseUrlProblem(String url) {
        return validUrl(url) ? Optional.empty()
                : Optional.of("The base URL must start with http:// or https:// (e.g. https://blog.example.com/).");
    }

    public static Optional<String> dateFormatProblem(String pattern) {
        try {
            DateTimeFormatter.ofPattern(pattern);
            return Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.of("The date format is not a valid pattern (e.g. MMMM d, yyyy).");
        }
    }

    public static Optional<String> languageProblem(String language) {
        return language == null || !language.strip().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
                ? Optional.of("The language must be a code like en or pt-BR.") : Optional.empty();
    }

    public static Optional<String> timeZoneProblem(String zone) {
        return BlogSettings.isZone(zone) ? Optional.empty()
                : Optional.of("The time zone must be a name like Europe/Berlin or America/New_York, or UTC.");
    }

    private static boolean validUrl(String s) {
        try {
            URI uri = new URI(s == null ? "" : s.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Saves when valid; returns the problem otherwise. */
    public Optional<String> save() {
        Optional<String> problem = validate();
        if (problem.isEmpty()) {
            String url = baseUrl.get().strip();
            settings.save(new BlogSettings(header.get(), title.get().strip(), tagline.get(), description.get(),
                    url.endsWith("/") ? url : url + "/", author.get(), language.get().strip(), postsPerPage.get(),
                    dateFormat.get(), indexOrder.get(), theme.get(), trustRawHtml.get(), timeZone.get()));
        }
        return problem;
    }
}
