package dev.blogwright.model;

/**
 * The blog-wide settings. {@code header} is the small site name above the title ("Blog" on the seed page).
 * {@code theme} is empty for the built-in theme, else a folder path chosen by the user.
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
        boolean trustRawHtml) {

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
    }

    public static BlogSettings defaults() {
        return new BlogSettings("Blog", "My Blog", "", "", "https://example.com/", "", "en", 10,
                DEFAULT_DATE_FORMAT, IndexOrder.MANUAL, "", false);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
