package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.output.XmlOut;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** sitemap.xml (absolute URLs from the base URL, as the format requires) and robots.txt pointing at it. */
final class Sitemap {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Sitemap() {
    }

    static byte[] xml(SiteModel model) {
        XmlOut x = new XmlOut();
        x.start("urlset").attr("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9").text("\n");
        url(x, model, "index.html", null);
        for (RenderedPost rp : model.posts) {
            url(x, model, SiteLinks.postFile(rp.post().slug()), SiteModel.modified(rp.post()));
        }
        for (RenderedPost rp : model.pages) {
            url(x, model, SiteLinks.sitePageFile(rp.post().slug()), SiteModel.modified(rp.post()));
        }
        List<String> listings = new ArrayList<>(model.byCategory.keySet());
        listings.addAll(model.byTag.keySet());
        listings.add("archive/index.html");
        listings.forEach(file -> url(x, model, file, null));
        return x.end().finish();
    }

    /** All the sitemap shows: the base URL, each post's and page's slug and day, the category and tag pages. */
    static List<Object> shown(SiteModel model) {
        return Arrays.asList(model.links.baseUrl(), slugsAndDays(model.posts), List.copyOf(model.byCategory.keySet()),
                List.copyOf(model.byTag.keySet()), slugsAndDays(model.pages));
    }

    private static List<Object> slugsAndDays(List<RenderedPost> posts) {
        List<Object> shown = new ArrayList<>(posts.size() * 2);
        for (RenderedPost rp : posts) {
            Instant modified = SiteModel.modified(rp.post());
            shown.add(rp.post().slug());
            // The day it shows, as a number: formatting 10,000 dates only to compare them would cost more.
            shown.add(modified == null ? null : Math.floorDiv(modified.getEpochSecond(), 86_400L));
        }
        return shown;
    }

    /** The fingerprint of what {@link #shown} found, so an export that changes none of it keeps the old sitemap. */
    static String inputs(List<Object> shown) {
        return InputKeys.of("sitemap", shown.get(0), shown.get(1), shown.get(2), shown.get(3), shown.get(4));
    }

    static byte[] robots(SiteModel model) {
        String text = "User-agent: *\nAllow: /\n"
                + (model.links.hasBaseUrl() ? "Sitemap: " + model.links.absolute("sitemap.xml") + "\n" : "");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void url(XmlOut x, SiteModel model, String file, Instant modified) {
        x.start("url").text("\n").element("loc", model.links.absolute(file));
        if (modified != null) {
            x.element("lastmod", DAY.format(modified));
        }
        x.end();
    }
}
