package dev.blogwright.logic.theme;

import dev.blogwright.model.ThemeOptions;

/** The theme options as stored; {@link ThemeOptionsService} is the library's, a test passes a fake. */
public interface ThemeSettings {
    ThemeOptions load();

    /** @throws IllegalArgumentException with a one-line reason when the options cannot be used */
    void save(ThemeOptions options);
}
