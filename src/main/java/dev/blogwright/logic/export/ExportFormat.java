package dev.blogwright.logic.export;

import java.util.Locale;

/** What an export writes: the HTML site, the JSON files, or both into one bundle. */
public enum ExportFormat {
    HTML, JSON, ALL;

    public boolean includesHtml() {
        return this != JSON;
    }

    public boolean includesJson() {
        return this != HTML;
    }

    public static ExportFormat fromKey(String key) {
        try {
            return valueOf(key.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown export format '" + key + "'; use html, json or all");
        }
    }
}
