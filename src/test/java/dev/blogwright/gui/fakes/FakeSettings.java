package dev.blogwright.gui.fakes;

import dev.blogwright.logic.settings.Settings;
import dev.blogwright.model.BlogSettings;

/** Blog settings held in a field, for view-model tests without a database. */
public final class FakeSettings implements Settings {
    private BlogSettings settings = BlogSettings.defaults();
    public int saves;

    @Override
    public BlogSettings load() {
        return settings;
    }

    @Override
    public void save(BlogSettings s) {
        saves++;
        settings = s;
    }
}
