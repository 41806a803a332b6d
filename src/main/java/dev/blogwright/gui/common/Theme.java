package dev.blogwright.gui.common;

import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The two AtlantaFX themes the View menu switches between. The build copies their stylesheets into our own
 * package (see the pom): AtlantaFX 2.1.0's classes are compiled for Java 21, its CSS works on any JavaFX, and
 * on the module path its module would hide the files.
 */
public enum Theme {
    LIGHT, DARK;

    public String stylesheet() {
        String name = this == DARK ? "primer-dark.css" : "primer-light.css";
        return Objects.requireNonNull(Theme.class.getResource("/dev/blogwright/gui/theme/" + name),
                "AtlantaFX theme missing: " + name).toExternalForm();
    }

    /** The theme last applied; what the preview follows (a global, as the user agent stylesheet it mirrors). */
    private static final ReadOnlyObjectWrapper<Theme> APPLIED = new ReadOnlyObjectWrapper<>(LIGHT);

    /** Applies the theme to every window of the app. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet());
        APPLIED.set(this);
    }

    public static ReadOnlyObjectProperty<Theme> appliedProperty() {
        return APPLIED.getReadOnlyProperty();
    }

    public static Theme fromKey(String key) {
        return "dark".equalsIgnoreCase(key) ? DARK : LIGHT;
    }

    public String key() {
        return this == DARK ? "dark" : "light";
    }
}
