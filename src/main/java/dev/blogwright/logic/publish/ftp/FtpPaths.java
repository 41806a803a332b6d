package dev.blogwright.logic.publish.ftp;

/** Path arithmetic on the server's absolute {@code /}-separated paths. */
final class FtpPaths {
    /** What an upload is written to before it is renamed over its file; hidden, one per file, reused. */
    private static final String PART = ".blogwright-part";

    private FtpPaths() {
    }

    /** {@code root} (absolute, no trailing slash, "" for "/") joined with a relative path. */
    static String join(String root, String relative) {
        String r = relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative;
        if (r.isEmpty()) {
            return root.isEmpty() ? "/" : root;
        }
        return root + "/" + r;
    }

    /** The parent folder of an absolute path, "" for the top. */
    static String parent(String absolute) {
        int slash = absolute.lastIndexOf('/');
        return slash <= 0 ? "" : absolute.substring(0, slash);
    }

    static String name(String absolute) {
        return absolute.substring(absolute.lastIndexOf('/') + 1);
    }

    /** The temporary name beside {@code absolute}, which a later upload of the same file overwrites. */
    static String partFile(String absolute) {
        return parent(absolute) + "/." + name(absolute) + PART;
    }

    static boolean isPartFile(String name) {
        return name.startsWith(".") && name.endsWith(PART);
    }

    /**
     * The root folder a target URL's path names, as curl reads it (RFC 1738): relative to the login folder, and
     * absolute when it starts with {@code %2F} (decoded: two slashes).
     *
     * @param urlPath the decoded URL path ("", "/site", "//var/www")
     * @param loginFolder the login folder the server reported, absolute
     */
    static String root(String urlPath, String loginFolder) {
        String home = trimEnd(loginFolder);
        if (urlPath.startsWith("//")) {
            return trimEnd(urlPath.substring(1));
        }
        String relative = urlPath.replaceAll("^/+", "");
        return trimEnd(relative.isEmpty() ? home : home + "/" + relative);
    }

    private static String trimEnd(String path) {
        String p = path.replaceAll("/+$", "");
        return p.equals("/") ? "" : p;
    }
}
