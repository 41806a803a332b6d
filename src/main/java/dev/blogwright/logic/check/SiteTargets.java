package dev.blogwright.logic.check;

import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a link in a post leads on the exported site, by the export's own layout (logic/export SiteLinks): a post
 * at {@code posts/<slug>/}, a category at {@code categories/<slug>/}, a tag at {@code tags/<slug>/}, and the
 * library's files at {@code assets/<name>} (a body writes them so, relative to the library, and the export rewrites
 * them for each page), a page at {@code <slug>/}. A link is read as the exported page reads it: relative to
 * {@code posts/<slug>/} (a page's {@code <slug>/}), from the
 * site's root when it starts with "/", or as the base URL plus a path. Links to other sites are not followed (the
 * check runs offline), and paths outside those four folders (the index, feeds, the archive) are left alone.
 */
final class SiteTargets {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
    private final Map<String, Post> posts;
    private final Set<String> categories;
    private final Set<String> tags;
    private final Set<String> assets;
    private final String baseUrl;
    private final String basePath;

    SiteTargets(CheckContext context) {
        this.posts = context.postsBySlug();
        this.categories = context.categorySlugs();
        this.tags = context.tagSlugs();
        this.assets = context.assetFiles();
        String b = context.settings().baseUrl().strip();
        this.baseUrl = b.isEmpty() || b.endsWith("/") ? b : b + "/";
        this.basePath = pathOf(baseUrl);
    }

    /** What is wrong with a link written in the post {@code fromSlug}, or null when nothing is (or it leaves the site). */
    String problem(String url, String fromSlug) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) {
            return "a link with no target";
        }
        if (u.startsWith("#") || u.startsWith("//")) {
            return null;
        }
        String path;
        if (SCHEME.matcher(u).matches()) {
            if (baseUrl.isEmpty() || !u.toLowerCase(Locale.ROOT).startsWith(baseUrl.toLowerCase(Locale.ROOT))) {
                return null;
            }
            path = u.substring(baseUrl.length());
        } else if (u.startsWith("/")) {
            path = u.startsWith(basePath) ? u.substring(basePath.length()) : u.substring(1);
        } else if (u.startsWith("assets/")) {
            path = u;
        } else {
            Post from = posts.get(fromSlug);
            path = resolve((from != null && from.isPage() ? "" : "posts/") + fromSlug + "/", u);
            if (path == null) {
                return "'" + url + "' points above the site's root";
            }
        }
        return problemOfPath(decode(cutQueryAndFragment(path)), url);
    }

    private String problemOfPath(String path, String url) {
        String[] parts = path.split("/", -1);
        Post top = posts.get(parts[0]);
        if (top != null && top.isPage() || top != null && parts.length == 2 && parts[1].isEmpty()) {
            return pageProblem(top, parts, path, url);
        }
        if (parts.length < 2 || parts[1].isEmpty()) {
            return null;
        }
        String name = parts[1];
        boolean page = parts.length == 2 || parts.length == 3 && (parts[2].isEmpty() || parts[2].equals("index.html"));
        switch (parts[0]) {
            case "posts" -> {
                Post target = posts.get(name);
                if (target == null) {
                    return "no post '" + name + "' (" + url + ")";
                }
                if (target.isPage()) {
                    return "'" + name + "' is a page, at /" + name + "/ (" + url + ")";
                }
                if (!page) {
                    return "nothing at '" + path + "' on the site (" + url + ")";
                }
                return target.status() == PostStatus.DRAFT
                        ? "'" + name + "' is a draft, not on the site (" + url + ")" : null;
            }
            case "categories" -> {
                return categories.contains(name) && page ? null : "no category '" + name + "' (" + url + ")";
            }
            case "tags" -> {
                return tags.contains(name) && page ? null : "no tag '" + name + "' (" + url + ")";
            }
            case "assets" -> {
                String file = path.substring("assets/".length());
                return assets.contains(file) ? null : "no file '" + file + "' in the library's assets (" + url + ")";
            }
            default -> {
                return null;
            }
        }
    }

    /** A link to {@code <slug>/} at the site's root: a page (flat URL) is there; a post is under posts/. */
    private static String pageProblem(Post target, String[] parts, String path, String url) {
        String name = target.slug();
        if (!target.isPage()) {
            return "'" + name + "' is a post, at /posts/" + name + "/ (" + url + ")";
        }
        boolean page = parts.length == 1 || parts.length == 2 && (parts[1].isEmpty() || parts[1].equals("index.html"));
        if (!page) {
            return "nothing at '" + path + "' on the site (" + url + ")";
        }
        return target.status() == PostStatus.DRAFT ? "'" + name + "' is a draft, not on the site (" + url + ")" : null;
    }

    /** {@code ref} resolved against the folder {@code dir}; null when it climbs above the root. */
    private static String resolve(String dir, String ref) {
        Deque<String> segments = new ArrayDeque<>();
        for (String s : (dir + ref).split("/", -1)) {
            segments.addLast(s);
        }
        Deque<String> out = new ArrayDeque<>();
        int i = 0;
        int last = segments.size() - 1;
        for (String s : segments) {
            if (s.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.removeLast();
                if (i == last) {
                    out.addLast("");
                }
            } else if (s.equals(".")) {
                if (i == last) {
                    out.addLast("");
                }
            } else if (!s.isEmpty() || i == last) {
                out.addLast(s);
            }
            i++;
        }
        return String.join("/", out);
    }

    private static String cutQueryAndFragment(String path) {
        int cut = path.length();
        int q = path.indexOf('?');
        int h = path.indexOf('#');
        if (q >= 0) {
            cut = q;
        }
        if (h >= 0 && h < cut) {
            cut = h;
        }
        return path.substring(0, cut);
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static String pathOf(String url) {
        if (url.isEmpty()) {
            return "/";
        }
        try {
            String p = URI.create(url).getRawPath();
            return p == null || p.isEmpty() ? "/" : p.endsWith("/") ? p : p + "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
