package dev.blogwright.logic.check;

import java.util.Locale;

/** What a finding is about; {@link #key()} is the word the command line and the JSON use. */
public enum FindingKind {
    BROKEN_LINK,
    IMAGE_WITHOUT_ALT,
    HEADING_SKIPS_LEVEL,
    TITLE_LENGTH,
    DESCRIPTION_LENGTH,
    NO_CATEGORY,
    EXCERPT_CUT,
    DUPLICATE_TITLE,
    SCHEDULED_IN_PAST,
    SPELLING;

    /** "broken-link", "image-without-alt" … */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
