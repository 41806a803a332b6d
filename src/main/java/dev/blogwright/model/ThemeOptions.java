package dev.blogwright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a blog changes of its theme without editing templates, kept under the {@code theme.*} keys of the settings.
 * Images ({@code logo}, {@code favicon}, {@code socialImage}) are references to library assets
 * ({@code assets/<name>}), empty when unset. {@code accent} is a {@code #rrggbb} colour for the light scheme,
 * {@code accentDark} the one for the dark scheme; empty keeps the theme's own. {@code footerText} is inline Markdown.
 */
public record ThemeOptions(String logo, String favicon, String accent, String accentDark, Font font,
                           HeaderLayout header, String footerText, String socialImage) {

    /** The font stack of the site's text. */
    public enum Font {
        /** The reader's system font: nothing to download. */
        SYSTEM,
        /** The system's serif faces. */
        SERIF,
        /** Inter, an open font (SIL OFL) shipped with Blogwright and served from the export. */
        INTER;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Font fromKey(String key) {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** How the header places the site's name, logo and menu. */
    public enum HeaderLayout {
        /** Name (and logo) on the left, menu on the right. */
        LEFT,
        /** Name (and logo) centred above the menu. */
        CENTERED,
        /** One slim line with smaller type. */
        COMPACT;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static HeaderLayout fromKey(String key) {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        }
    }

    public ThemeOptions {
        logo = clean(logo);
        favicon = clean(favicon);
        accent = clean(accent).toLowerCase(Locale.ROOT);
        accentDark = clean(accentDark).toLowerCase(Locale.ROOT);
        font = font == null ? Font.SYSTEM : font;
        header = header == null ? HeaderLayout.LEFT : header;
        footerText = footerText == null ? "" : footerText.strip();
        socialImage = clean(socialImage);
    }

    public static ThemeOptions defaults() {
        return new ThemeOptions("", "", "", "", Font.SYSTEM, HeaderLayout.LEFT, "", "");
    }

    /**
     * Field by field rather than {@code equals(defaults())}: a record's first {@code equals} in a process links its
     * method handles, 30-40 ms of a command-line deploy's main thread, which asks this once (a test checks that every
     * field is looked at).
     */
    public boolean isDefault() {
        return logo.isEmpty() && favicon.isEmpty() && accent.isEmpty() && accentDark.isEmpty() && font == Font.SYSTEM
                && header == HeaderLayout.LEFT && footerText.isEmpty() && socialImage.isEmpty();
    }

    /** The library assets the options use, for exports to carry along. */
    public List<String> assets() {
        List<String> out = new ArrayList<>();
        for (String ref : List.of(logo, favicon, socialImage)) {
            if (ref.startsWith("assets/") && !out.contains(ref)) {
                out.add(ref);
            }
        }
        return out;
    }

    public ThemeOptions withLogo(String v) {
        return new ThemeOptions(v, favicon, accent, accentDark, font, header, footerText, socialImage);
    }

    public ThemeOptions withFavicon(String v) {
        return new ThemeOptions(logo, v, accent, accentDark, font, header, footerText, socialImage);
    }

    public ThemeOptions withAccent(String light, String dark) {
        return new ThemeOptions(logo, favicon, light, dark, font, header, footerText, socialImage);
    }

    public ThemeOptions withFont(Font v) {
        return new ThemeOptions(logo, favicon, accent, accentDark, v, header, footerText, socialImage);
    }

    public ThemeOptions withHeader(HeaderLayout v) {
        return new ThemeOptions(logo, favicon, accent, accentDark, font, v, footerText, socialImage);
    }

    public ThemeOptions withFooterText(String v) {
        return new ThemeOptions(logo, favicon, accent, accentDark, font, header, v, socialImage);
    }

    public ThemeOptions withSocialImage(String v) {
        return new ThemeOptions(logo, favicon, accent, accentDark, font, header, footerText, v);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
