package dev.blogwright.logic.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a link or image URL written in Markdown may reach the page. An allow-list of schemes rather than
 * a block-list, because browsers accept many spellings of {@code javascript:} that a block-list would miss.
 */
final class SafeUrls {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp", "ftps");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    /** Raster images only: an SVG data URL can carry script when opened on its own. */
    private static final Pattern IMAGE_DATA = Pattern.compile("^data:image/(png|gif|jpeg|webp|avif)[;,].*",
            Pattern.DOTALL);

    private SafeUrls() {
    }

    /** True for relative URLs and for absolute ones with an allowed scheme; {@code data:image/…} only if asked. */
    static boolean isSafe(String url, boolean imageSource) {
        String normalised = normalise(url);
        var matcher = SCHEME.matcher(normalised);
        if (!matcher.find()) {
            // No scheme before the first ':' means the browser resolves it as a relative reference.
            return true;
        }
        String scheme = matcher.group(1);
        if (LINK_SCHEMES.contains(scheme)) {
            return true;
        }
        return imageSource && IMAGE_DATA.matcher(normalised).matches();
    }

    /**
     * What a browser would look at to find the scheme: lower case, without the whitespace and control characters
     * it silently drops (so {@code "java\tscript:"} is recognised), and with percent-encoded ASCII decoded.
     */
    private static String normalise(String url) {
        StringBuilder out = new StringBuilder(Math.min(url.length(), 64));
        for (int i = 0; i < url.length() && out.length() < 64; i++) {
            char c = url.charAt(i);
            if (c == '%' && i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2))) {
                c = (char) Integer.parseInt(url.substring(i + 1, i + 3), 16);
                i += 2;
            }
            if (c > ' ' && c != 0x7f) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
