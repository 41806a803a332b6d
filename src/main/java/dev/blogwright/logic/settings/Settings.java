package dev.blogwright.logic.settings;

import dev.blogwright.model.BlogSettings;

/** The blog's settings as stored; {@link SettingsService} is the library's, a test passes a fake. */
public interface Settings {
    BlogSettings load();

    void save(BlogSettings settings);
}
