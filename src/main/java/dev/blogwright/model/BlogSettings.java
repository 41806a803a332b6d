package dev.blogwright.model;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The blog-wide settings. {@code header} is the small site name above the title ("Blog" on the seed page).
 * {@code theme} is empty for the built-in theme, else a folder path chosen by the user. {@code timeZone} (an IANA
 * id such as {@code Europe/Berlin}) places dates written without an offset; it defaults to the computer's zone.
 */
public record BlogSettings(
        String header,
        String title,
        String tagline,
        String description,
        String baseUrl,
        String authorName,
        String language,
        int postsPerPage,
        String dateFormat,
        IndexOrder indexOrder,
        String theme,
        boolean trustRawHtml,
        String timeZone) {

    public static final String DEFAULT_DATE_FORMAT = "MMMM d, yyyy";

    public BlogSettings {
        header = nullToEmpty(header);
        title = nullToEmpty(title);
        tagline = nullToEmpty(tagline);
        description = nullToEmpty(description);
        baseUrl = nullToEmpty(baseUrl);
        authorName = nullToEmpty(authorName);
        language = language == null || language.isBlank() ? "en" : language;
        if (postsPerPage < 1) {
            postsPerPage = 10;
        }
        dateFormat = dateFormat == null || dateFormat.isBlank() ? DEFAULT_DATE_FORMAT : dateFormat;
        indexOrder = indexOrder == null ? IndexOrder.MANUAL : indexOrder;
        theme = nullToEmpty(theme);
        timeZone = validZone(timeZone);
    }

    /** The settings before they carried a time zone: the computer's. */
    public BlogSettings(String header, String title, String tagline, String description, String baseUrl,
                        String authorName, String language, int postsPerPage, String dateFormat,
                        IndexOrder indexOrder, String theme, boolean trustRawHtml) {
        this(header, title, tagline, description, baseUrl, authorName, language, postsPerPage, dateFormat,
                indexOrder, theme, trustRawHtml, null);
    }

    /** The blog's time zone, for dates written without an offset. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** A copy in another time zone (blank: the computer's). */
    public BlogSettings withTimeZone(String zone) {
        return new BlogSettings(header, title, tagline, description, baseUrl, authorName, language, postsPerPage,
                dateFormat, indexOrder, theme, trustRawHtml, zone);
    }

    /** Whether {@code zone} names a time zone ({@code Europe/Berlin}, {@code UTC}, {@code +02:00}). */
    public static boolean isZone(String zone) {
        try {
            ZoneId.of(zone.strip());
            return true;
        } catch (DateTimeException | NullPointerException e) {
            return false;
        }
    }

    /** A stored zone that no longer parses (hand-edited, or a tz database without it) falls back, not fails. */
    private static String validZone(String zone) {
        return zone != null && !zone.isBlank() && isZone(zone) ? zone.strip() : ZoneId.systemDefault().getId();
    }

    public static BlogSettings defaults() {
        return new BlogSettings("Blog", "My Blog", "", "", "https://example.com/", "", "en", 10,
                DEFAULT_DATE_FORMAT, IndexOrder.MANUAL, "", false, null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
