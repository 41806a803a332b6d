package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.bundle.UnsafePathException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where each page lives. A file path (raw slug, checked by {@code SafePaths} when written) and the href to it
 * (percent-encoded, relative to the bundle root, ending in index.html so it opens from disk too).
 */
final class SiteLinks {
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);
    private final String baseUrl;

    SiteLinks(String baseUrl) {
        String b = baseUrl == null ? "" : baseUrl.strip();
        this.baseUrl = b.isEmpty() || b.endsWith("/") ? b : b + "/";
    }

    static String postFile(String slug) {
        return "posts/" + slug + "/index.html";
    }

    /** A page (About, Contact) sits at the top: {@code /about/}, whatever its parent (flat URLs). */
    static String sitePageFile(String slug) {
        return slug + "/index.html";
    }

    static String categoryFile(String slug) {
        return "categories/" + slug + "/index.html";
    }

    static String tagFile(String slug) {
        return "tags/" + slug + "/index.html";
    }

    static String pageFile(int page) {
        return page == 1 ? "index.html" : "page/" + page + "/index.html";
    }

    /** The href of a file path, relative to the bundle root. */
    static String href(String file) {
        if (needsNoEscaping(file)) {
            return file;
        }
        try {
            return new URI(null, null, file, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new UnsafePathException(file, "it is not a valid URL path");
        }
    }

    /**
     * True when the URI encoder would give {@code file} back unchanged: letters, digits and - . _ ~ / only, as
     * nearly every slug is. Building a URI per link was a sixth of a re-export's CPU at 10,000 posts.
     */
    private static boolean needsNoEscaping(String file) {
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /**
     * An author-set URL bound for a src or href: kept when relative or http(s), else empty, so a javascript: or
     * data: value never reaches a page (browsers drop whitespace and controls before reading the scheme).
     */
    static String webUrl(String url) {
        String squeezed = INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        boolean hasScheme = SCHEME.matcher(squeezed).matches();
        return !hasScheme || squeezed.startsWith("http:") || squeezed.startsWith("https:") ? url : "";
    }

    /** "", "../" or "../../": the way from a page back to the bundle root. */
    static String root(String file) {
        int depth = (int) file.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    boolean hasBaseUrl() {
        return !baseUrl.isEmpty();
    }

    String baseUrl() {
        return baseUrl;
    }

    /**
     * The root of the 404 page: a host serves it for a missing URL at any depth ({@code /posts/gone/}), where a
     * relative root would lose the stylesheet and every link, so it starts from the base URL's path ({@code /},
     * {@code /blog/}) when one is known; without one it is relative like every page (it then works at the top only).
     */
    String notFoundRoot() {
        if (baseUrl.isEmpty()) {
            return "";
        }
        try {
            String path = new URI(baseUrl).getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /** The absolute URL of a page for feeds, sitemap and canonical links: directory form, no index.html. */
    String absolute(String file) {
        String path = file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
        return baseUrl + href(path.isEmpty() ? "" : path);
    }
}
