package dev.blogwright.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks a deployed site from its index page as a visitor can, through every local link, stylesheet, script and
 * image, and collects the links whose file is missing.
 */
final class SiteLinkCrawl {
    private SiteLinkCrawl() {
    }

    /** "page -> link" for each broken local link of a page reachable from {@code index.html}. */
    static List<String> brokenLinks(Path root) throws IOException {
        List<String> broken = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pages = new ArrayDeque<>();
        pages.add("index.html");
        seen.add("index.html");
        while (!pages.isEmpty()) {
            String page = pages.poll();
            Path file = root.resolve(page);
            if (!Files.isRegularFile(file)) {
                broken.add("(start) -> " + page);
                continue;
            }
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
                String raw = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String target = resolve(page, raw);
                if (target == null) {
                    continue;
                }
                if (!Files.isRegularFile(root.resolve(target))) {
                    broken.add(page + " -> " + raw);
                } else if (target.endsWith(".html") && seen.add(target)) {
                    pages.add(target);
                }
            }
        }
        return broken;
    }

    /** The site path a link points at, or null for links that leave the site or stay on the page. */
    private static String resolve(String page, String raw) {
        if (raw.isEmpty() || raw.startsWith("#") || raw.startsWith("//")) {
            return null;
        }
        try {
            URI link = new URI(raw);
            if (link.getScheme() != null) {
                return null;
            }
            URI resolved = new URI("site:///" + page).resolve(link);
            String path = resolved.getPath().substring(1);
            return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        } catch (URISyntaxException e) {
            return raw;
        }
    }
}
