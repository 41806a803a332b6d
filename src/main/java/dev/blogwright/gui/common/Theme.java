package dev.blogwright.gui.common;

import java.util.Objects;
import javafx.application.Application;

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

    /** Applies the theme to every window of the app. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet());
    }

    public static Theme fromKey(String key) {
        return "dark".equalsIgnoreCase(key) ? DARK : LIGHT;
    }

    public String key() {
        return this == DARK ? "dark" : "light";
    }
}
