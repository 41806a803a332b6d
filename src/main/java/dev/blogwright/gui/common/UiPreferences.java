package dev.blogwright.gui.common;

import java.util.prefs.Preferences;

/**
 * Window layout and UI choices remembered between runs (java.util.prefs: per user, no file of ours to corrupt).
 * Typed accessors with defaults; the node can be swapped for tests.
 */
public final class UiPreferences {
    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node("dev/blogwright/ui"));
    }

    public double getDouble(String key, double fallback) {
        return node.getDouble(key, fallback);
    }

    public void putDouble(String key, double value) {
        node.putDouble(key, value);
    }

    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    public void put(String key, String value) {
        node.put(key, value);
    }

    public boolean getBoolean(String key, boolean fallback) {
        return node.getBoolean(key, fallback);
    }

    public void putBoolean(String key, boolean value) {
        node.putBoolean(key, value);
    }

    public long getLong(String key, long fallback) {
        return node.getLong(key, fallback);
    }

    public void putLong(String key, long value) {
        node.putLong(key, value);
    }
}
