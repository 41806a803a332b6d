package dev.blogwright.gui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page the preview shows: the export theme's stylesheet around an empty article that the preview fills in
 * place. Also rewrites {@code assets/…} image links to the library's assets folder, which only the export
 * copies next to the pages.
 */
public final class PreviewPage {
    /** The id of the element whose children are the rendered post. */
    public static final String ARTICLE_ID = "post-body";
    static final String THEME_CSS = "/assets/themes/default/style.css";
    static final String FALLBACK_CSS = "/dev/blogwright/gui/preview/preview.css";
    /**
     * JavaFX's WebKit cannot draw colour emoji fonts (Noto Color Emoji shows as boxes), so the preview asks for
     * monochrome emoji fonts first; browsers viewing the export still get colour emoji.
     */
    private static final String WEBKIT_EMOJI =
            "\n.card-icon { font-family: \"Symbola\", \"Noto Emoji\", \"DejaVu Sans\", sans-serif; }";
    private static final Pattern STYLESHEET = Pattern.compile("<link[^>]*rel=\"stylesheet\"[^>]*>");
    private static final Pattern SCRIPT = Pattern.compile("(?s)<script\\b.*?</script>");
    private static final Pattern ASSET_LINK = Pattern.compile("(\\s(?:src|href)=\")(?:\\.\\./)*assets/");

    private static final Pattern DARK_SCHEME =
            Pattern.compile("@media\\s*\\(\\s*prefers-color-scheme\\s*:\\s*dark\\s*\\)");

    private PreviewPage() {
    }

    /**
     * The page as a reader whose system is in the app's scheme sees it. JavaFX's WebKit never matches
     * {@code prefers-color-scheme: dark}, so in the dark app the theme's dark rules are made unconditional; a theme
     * without them stays light, as it would for that reader.
     */
    public static String inScheme(String page, boolean dark) {
        return dark ? DARK_SCHEME.matcher(page).replaceAll("@media all") : page;
    }

    /** The whole page, with the theme's CSS when the classpath has it, else the preview's own. */
    public static String html() {
        return """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><style>%s</style></head>
                <body class="preview"><main class="post"><article id="%s" class="post-content"></article></main>
                </body></html>""".formatted(css(), ARTICLE_ID);
    }

    /**
     * A page of the export theme made fit for the preview: its stylesheet inlined (the page is loaded from a
     * string, so relative links lead nowhere) and its scripts dropped (JavaScript is off in the preview anyway).
     */
    public static String themed(String themePage, String themeCss) {
        String css = "<style>" + themeCss.replace("</style", "<\\/style") + WEBKIT_EMOJI + "</style>";
        String page = STYLESHEET.matcher(themePage).replaceAll("");
        page = SCRIPT.matcher(page).replaceAll("");
        int head = page.indexOf("</head>");
        return escapeSupplementary(head < 0 ? css + page : page.substring(0, head) + css + page.substring(head));
    }

    /**
     * Characters beyond the Basic Multilingual Plane (emoji) as numeric references: JavaFX's WebKit garbles
     * them when a page is loaded from a Java string, but reads references correctly.
     */
    public static String escapeSupplementary(String html) {
        StringBuilder out = null;
        for (int i = 0; i < html.length(); ) {
            int cp = html.codePointAt(i);
            int n = Character.charCount(cp);
            if (n == 2) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 64).append(html, 0, i);
                }
                out.append("&#x").append(Integer.toHexString(cp)).append(';');
            } else if (out != null) {
                out.append((char) cp);
            }
            i += n;
        }
        return out == null ? html : out.toString();
    }

    /** The placeholder the theme page carries where the rendered body goes. */
    public static String placeholder() {
        return "<div id=\"" + ARTICLE_ID + "\"></div>";
    }

    static String css() {
        for (String name : new String[] {THEME_CSS, FALLBACK_CSS}) {
            try (InputStream in = PreviewPage.class.getResourceAsStream(name)) {
                if (in != null) {
                    // A style element ends at the first "</style", whatever the CSS means; keep it from ending early.
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</style", "<\\/style");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The preview stylesheet could not be read.", e);
            }
        }
        return "";
    }

    /**
     * Points {@code src="assets/…"} and {@code href="assets/…"} at the assets folder as {@code file:} URIs; also
     * the theme header's {@code ../../assets/…} (the featured image, linked from the post's folder in the export).
     */
    public static String resolveAssets(String html, Path assetsFolder) {
        String base = assetsFolder.toAbsolutePath().toUri().toString();
        String prefix = base.endsWith("/") ? base : base + "/";
        return ASSET_LINK.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(prefix));
    }
}
