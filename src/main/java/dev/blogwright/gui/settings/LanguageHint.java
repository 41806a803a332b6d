package dev.blogwright.gui.settings;

import dev.blogwright.logic.spelling.Dictionaries;
import dev.blogwright.logic.spelling.InstalledLanguage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The line under a language field that says whether spelling can be checked in it, and how to make it so. */
public final class LanguageHint {
    private LanguageHint() {
    }

    /** "Spelling: German (de-de, /usr/share/hunspell/de_DE.dic)", or how to install a dictionary when there is none. */
    public static String text(String language, List<InstalledLanguage> installed, Path writersFolder) {
        String tag = Dictionaries.normalize(language);
        return Dictionaries.pick(tag, installed)
                .map(l -> "Spelling: " + name(l.tag()) + " (" + l.tag() + ", " + l.source() + ").")
                .orElseGet(() -> "No spelling dictionary for " + (tag.isEmpty() ? "this language" : tag)
                        + ": install one (Debian: hunspell-" + (tag.isEmpty() ? "xx" : tag) + "*) or put " + tag
                        + ".dic and .aff in " + writersFolder + ". Installed: " + tags(installed) + ".");
    }

    private static String name(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayName(Locale.ENGLISH);
        return name.isBlank() ? tag : name;
    }

    /** The installed languages, one tag each (en, de, fr …): the variants are in the settings' tooltip. */
    private static String tags(List<InstalledLanguage> installed) {
        return installed.stream().map(l -> l.tag().split("-")[0]).distinct().collect(Collectors.joining(", "));
    }
}
