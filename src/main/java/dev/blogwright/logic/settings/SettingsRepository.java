package dev.blogwright.logic.settings;

import java.util.Map;

/** Blog settings as key/value text, so a new setting needs no schema change. */
public interface SettingsRepository {
    Map<String, String> all();

    void putAll(Map<String, String> values);
}
