package dev.blogwright.gui.editor;

import dev.blogwright.logic.post.Slugs;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Control;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * ControlsFX decorations on the Details fields: an error mark where a value will not be saved as typed (a slug
 * with spaces, a time that is not HH:mm, a canonical URL that is not http(s)), a warning where search engines
 * will cut it (meta title over 60, description over 160 characters). The tooltip of the mark says why. The rules
 * are plain functions so they are tested without a window.
 */
final class MetadataValidation {
    static final int META_TITLE_MAX = 60;
    static final int META_DESCRIPTION_MAX = 160;

    private MetadataValidation() {
    }

    static ValidationSupport install(MetadataPane pane, EditorViewModel vm) {
        ValidationSupport support = new ValidationSupport();
        // A post opens with values someone else typed; marks appear at once rather than after the first edit.
        support.setErrorDecorationEnabled(true);
        register(support, pane.slug, Severity.ERROR, MetadataValidation::slugProblem);
        register(support, pane.time, Severity.ERROR, MetadataValidation::timeProblem);
        register(support, pane.canonical, Severity.ERROR, MetadataValidation::urlProblem);
        register(support, pane.language, Severity.ERROR, MetadataValidation::languageProblem);
        registerParent(support, pane.parent.box, vm);
        register(support, pane.metaTitle, Severity.WARNING, v -> lengthProblem(v, META_TITLE_MAX, "Meta title"));
        register(support, pane.metaDescription, Severity.WARNING,
                v -> lengthProblem(v, META_DESCRIPTION_MAX, "Meta description"));
        return support;
    }

    private static void register(ValidationSupport support, Control control, Severity severity,
                                 Function<String, Optional<String>> rule) {
        Validator<String> validator = (c, value) -> rule.apply(value)
                .map(message -> ValidationResult.fromMessageIf(c, message, severity, true))
                .orElseGet(ValidationResult::new);
        support.registerValidator(control, false, validator);
    }

    /** The library's refusal of the chosen parent (the page rules live there, not here), marked on the box. */
    private static void registerParent(ValidationSupport support, Control box, EditorViewModel vm) {
        Validator<Object> validator = (c, value) -> ValidationResult.fromErrorIf(c,
                vm.parentRefusalProperty().get(), !vm.parentRefusalProperty().get().isEmpty());
        support.registerValidator(box, false, validator);
        vm.parentRefusalProperty().addListener(o -> support.revalidate(box));
    }

    static Optional<String> slugProblem(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.of("The slug is empty: the post needs one for its address.");
        }
        return Slugs.isValid(slug) ? Optional.empty()
                : Optional.of("A slug is lower-case letters, digits and single hyphens, e.g. my-first-post.");
    }

    static Optional<String> timeProblem(String time) {
        return time == null || time.isBlank() || time.strip().matches("([01]\\d|2[0-3]):[0-5]\\d") ? Optional.empty()
                : Optional.of("The time is HH:mm, e.g. 09:30 (otherwise midnight is used).");
    }

    static Optional<String> urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // falls through to the message
        }
        return Optional.of("A canonical URL starts with https:// or http://.");
    }

    /** A post's language is a BCP 47 tag ("en-GB", "de"), or empty for the blog's. */
    static Optional<String> languageProblem(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String t = tag.strip();
        boolean ok = t.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
                && !"und".equals(Locale.forLanguageTag(t).toLanguageTag());
        return ok ? Optional.empty() : Optional.of("A language is a tag such as en-GB, de or fr-CA.");
    }

    static Optional<String> lengthProblem(String value, int max, String what) {
        int length = value == null ? 0 : value.strip().length();
        return length <= max ? Optional.empty()
                : Optional.of(what + " has " + length + " characters; search results show about " + max + ".");
    }
}
