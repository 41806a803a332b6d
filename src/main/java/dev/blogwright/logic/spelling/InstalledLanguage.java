package dev.blogwright.logic.spelling;

/** A language the app has a dictionary for: its tag ("de-de", "fr") and where the dictionary is ("built in", a file). */
public record InstalledLanguage(String tag, String source) {
}
