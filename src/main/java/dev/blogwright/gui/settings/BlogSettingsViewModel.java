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
    private final StringProperty header = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty tagline = new SimpleStringProperty();
    private final StringProperty description = new SimpleStringProperty();
    private final StringProperty baseUrl = new SimpleStringProperty();
    private final StringProperty author = new SimpleStringProperty();
    private final StringProperty language = new SimpleStringProperty();
    private final IntegerProperty postsPerPage = new SimpleIntegerProperty();
    private final ObjectProperty<IndexOrder> indexOrder = new SimpleObjectProperty<>();
    private final StringProperty theme = new SimpleStringProperty();
    private final StringProperty dateFormat = new SimpleStringProperty();
    private final BooleanProperty trustRawHtml = new SimpleBooleanProperty();
    /** Places dates written without an offset (an import's {@code date: 2024-03-01}, a new post). */
    private final StringProperty timeZone = new SimpleStringProperty();

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

    public StringProperty headerProperty() { return header; }
    public String getHeader() { return header.get(); }
    public StringProperty titleProperty() { return title; }
    public String getTitle() { return title.get(); }
    public StringProperty taglineProperty() { return tagline; }
    public String getTagline() { return tagline.get(); }
    public StringProperty descriptionProperty() { return description; }
    public String getDescription() { return description.get(); }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public String getBaseUrl() { return baseUrl.get(); }
    public StringProperty authorProperty() { return author; }
    public String getAuthor() { return author.get(); }
    public StringProperty languageProperty() { return language; }
    public String getLanguage() { return language.get(); }
    public IntegerProperty postsPerPageProperty() { return postsPerPage; }
    public int getPostsPerPage() { return postsPerPage.get(); }
    public ObjectProperty<IndexOrder> indexOrderProperty() { return indexOrder; }
    public IndexOrder getIndexOrder() { return indexOrder.get(); }
    public StringProperty themeProperty() { return theme; }
    public String getTheme() { return theme.get(); }
    public StringProperty dateFormatProperty() { return dateFormat; }
    public String getDateFormat() { return dateFormat.get(); }
    public BooleanProperty trustRawHtmlProperty() { return trustRawHtml; }
    public boolean isTrustRawHtml() { return trustRawHtml.get(); }
    public StringProperty timeZoneProperty() { return timeZone; }
    public String getTimeZone() { return timeZone.get(); }
}
