package dev.blogwright.logic.publish;

import java.util.Locale;
import java.util.Map;

/**
 * Content-Type and Cache-Control per file type, for targets that store them (S3). Pages, feeds and the search
 * index change with every post, so browsers and CDNs keep them five minutes; assets a week, not a year, because
 * the theme's file names carry no content hash and a changed style must arrive eventually.
 */
final class FileHints {
    static final String PAGE_CACHE = "public, max-age=300";
    static final String ASSET_CACHE = "public, max-age=604800";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"), Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"));
    private static final Map<String, String> BY_NAME = Map.of("feed.xml", "application/rss+xml",
            "atom.xml", "application/atom+xml", "feed.json", "application/feed+json");

    private FileHints() {
    }

    static UploadHints of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = BY_NAME.getOrDefault(path, TYPES.getOrDefault(ext, UploadHints.BINARY.contentType()));
        String cache = UploadOrder.rank(path) == UploadOrder.ASSET ? ASSET_CACHE : PAGE_CACHE;
        return new UploadHints(type, cache);
    }
}
