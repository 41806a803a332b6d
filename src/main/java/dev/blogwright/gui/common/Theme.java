package dev.blogwright.gui.common;

import java.util.Objects;
import javafx.application.Application;

/**
 * The two AtlantaFX themes the View menu switches between. The stylesheets are taken from the jar by path:
 * AtlantaFX 2.1.0's classes are compiled for Java 21, its CSS works on any JavaFX, and we run on Java 17.
 */
public enum Theme {
    LIGHT, DARK;

    public String stylesheet() {
        String name = this == DARK ? "primer-dark.css" : "primer-light.css";
        return Objects.requireNonNull(Theme.class.getResource("/atlantafx/base/theme/" + name),
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
