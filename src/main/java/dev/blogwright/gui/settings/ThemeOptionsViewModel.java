package dev.blogwright.gui.settings;

import dev.blogwright.logic.theme.Contrast;
import dev.blogwright.logic.theme.ThemeOptionsService;
import dev.blogwright.logic.theme.ThemeSettings;
import dev.blogwright.model.ThemeOptions;
import dev.blogwright.model.ThemeOptions.Font;
import dev.blogwright.model.ThemeOptions.HeaderLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Theme tab of Blog settings: logo, favicon, social image (library assets), accent colours with their contrast,
 * font, header layout and footer text. Pictures are copied into the library when chosen; the rest is saved on OK.
 */
public final class ThemeOptionsViewModel {
    private final ThemeSettings settings;
    /** Copies a chosen picture into the library for an option ({@code logo}, …) and returns its reference. */
    private final BiFunction<String, Path, String> importer;
    /** Where the library keeps its assets, for thumbnails; null in tests without one. */
    private final Path assetsFolder;
    private final StringProperty logo = new SimpleStringProperty();
    private final StringProperty favicon = new SimpleStringProperty();
    private final StringProperty socialImage = new SimpleStringProperty();
    private final StringProperty accent = new SimpleStringProperty();
    private final StringProperty accentDark = new SimpleStringProperty();
    private final ObjectProperty<Font> font = new SimpleObjectProperty<>();
    private final ObjectProperty<HeaderLayout> header = new SimpleObjectProperty<>();
    private final StringProperty footer = new SimpleStringProperty();
    private final ReadOnlyStringWrapper accentReport = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper accentDarkReport = new ReadOnlyStringWrapper();

    public ThemeOptionsViewModel(ThemeSettings settings, BiFunction<String, Path, String> importer,
                                 Path assetsFolder) {
        this.settings = settings;
        this.importer = importer;
        this.assetsFolder = assetsFolder;
        ThemeOptions o = settings.load();
        logo.set(o.logo());
        favicon.set(o.favicon());
        socialImage.set(o.socialImage());
        accent.set(o.accent());
        accentDark.set(o.accentDark());
        font.set(o.font());
        header.set(o.header());
        footer.set(o.footerText());
        accent.addListener((obs, was, now) -> accentReport.set(report(now, true)));
        accentDark.addListener((obs, was, now) -> accentDarkReport.set(report(now, false)));
        accentReport.set(report(accent.get(), true));
        accentDarkReport.set(report(accentDark.get(), false));
    }

    /** "Contrast 6.3:1 — readable" or why not, for the swatch beside a colour field. */
    static String report(String colour, boolean light) {
        if (colour == null || colour.isBlank()) {
            return light ? "Theme default" : "Derived from the accent";
        }
        Optional<String> hex = Contrast.normalize(colour);
        if (hex.isEmpty()) {
            return "Not a colour (use #rrggbb)";
        }
        double ratio = light ? Contrast.onLight(hex.get()) : Contrast.onDark(hex.get());
        return "Contrast " + Contrast.format(ratio) + (ratio >= Contrast.AA ? " · readable" : " · below 4.5:1");
    }

    /** The options as the form holds them, or the first reason they cannot be saved. */
    public Optional<String> validate() {
        try {
            ThemeOptionsService.check(options());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The form as options; a colour typed without '#' or in short form is normalized. */
    ThemeOptions options() {
        ThemeOptions o = ThemeOptions.defaults();
        o = ThemeOptionsService.with(o, "accent", accent.get());
        o = ThemeOptionsService.with(o, "accent-dark", accentDark.get());
        return new ThemeOptions(logo.get(), favicon.get(), o.accent(), o.accentDark(), font.get(), header.get(),
                footer.get(), socialImage.get());
    }

    public Optional<String> save() {
        Optional<String> problem = validate();
        if (problem.isEmpty()) {
            settings.save(options());
        }
        return problem;
    }

    /**
     * Copies {@code file} into the library for option {@code key} ({@code logo}, {@code favicon},
     * {@code social-image}) and puts it in the form; a picture that cannot serve gives its one-line reason.
     */
    public Optional<String> choosePicture(String key, Path file) {
        try {
            String ref = importer.apply(key, file);
            pictureProperty(key).set(ref);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The file of a picture option's asset, for its thumbnail; empty when unset or unknown. */
    public Optional<Path> pictureFile(String reference) {
        if (assetsFolder == null || reference == null || !reference.startsWith("assets/")) {
            return Optional.empty();
        }
        Path file = assetsFolder.resolve(reference.substring("assets/".length())).normalize();
        return file.startsWith(assetsFolder) && Files.isRegularFile(file) ? Optional.of(file)
                : Optional.empty();
    }

    public StringProperty pictureProperty(String key) {
        return switch (key) {
            case "logo" -> logo;
            case "favicon" -> favicon;
            case "social-image" -> socialImage;
            default -> throw new IllegalArgumentException(key);
        };
    }

    public StringProperty accentProperty() { return accent; }
    public StringProperty accentDarkProperty() { return accentDark; }
    public ObjectProperty<Font> fontProperty() { return font; }
    public ObjectProperty<HeaderLayout> headerProperty() { return header; }
    public StringProperty footerProperty() { return footer; }
    public ReadOnlyStringProperty accentReportProperty() { return accentReport.getReadOnlyProperty(); }
    public ReadOnlyStringProperty accentDarkReportProperty() { return accentDarkReport.getReadOnlyProperty(); }
}
