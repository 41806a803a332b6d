package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.images.ImageFacts;
import dev.blogwright.logic.export.images.ImageVariants;
import java.util.Locale;

/**
 * What {@code social-meta.peb} writes into a page's head for link previews (Open Graph, Twitter cards): the page's
 * title, description, absolute URL and kind ({@code article} for a post, else {@code website}), and an image by
 * absolute URL — a post's featured image at the 1200-pixel width social cards show, else the blog's fallback,
 * else none. URLs are absolute or empty: a link preview cannot resolve a relative one.
 */
public record SocialMeta(String type, String title, String description, String url, String image, String imageAlt,
                         int imageWidth, int imageHeight) {
    /** {@code summary_large_image} when there is an image to show large, else {@code summary}. */
    public String card() {
        return image.isEmpty() ? "summary" : "summary_large_image";
    }

    /** A listing, the archive or the 404 page: the site as a whole. */
    static SocialMeta website(SiteModel model, String file, String fallbackImage, ImageVariants images) {
        String url = model.links.hasBaseUrl() && !file.equals("404.html") ? model.links.absolute(file) : "";
        Image image = image(model, fallbackImage, images);
        return new SocialMeta("website", model.settings.title(), model.settings.description(), url, image.url, "",
                image.width, image.height);
    }

    /** A post page; {@code featured} is the post's featured image as its author set it (maybe empty). */
    static SocialMeta article(SiteModel model, String title, String description, String canonical,
                              String featured, String featuredAlt, ImageVariants images, String fallbackImage) {
        Image image = image(model, featured, images);
        String alt = featuredAlt;
        if (image.url.isEmpty()) {
            image = image(model, fallbackImage, images);
            alt = "";
        }
        return new SocialMeta("article", title, description, canonical, image.url, image.url.isEmpty() ? "" : alt,
                image.width, image.height);
    }

    private record Image(String url, int width, int height) {
        static final Image NONE = new Image("", 0, 0);
    }

    /** An image by absolute URL: one of the assets folder at its social copy's width, or an http(s) URL as set. */
    private static Image image(SiteModel model, String src, ImageVariants images) {
        if (src == null || src.isBlank()) {
            return Image.NONE;
        }
        String lower = src.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("https:") || lower.startsWith("http:")) {
            return new Image(src.strip(), 0, 0);
        }
        if (!src.startsWith("assets/") || !model.links.hasBaseUrl()) {
            return Image.NONE;
        }
        String name = src.substring("assets/".length());
        var facts = images.facts(name);
        if (facts.isEmpty()) {
            return new Image(model.links.baseUrl() + SiteLinks.href(src), 0, 0);
        }
        ImageFacts f = facts.get();
        int width = f.socialWidth();
        return new Image(model.links.baseUrl() + SiteLinks.href("assets/" + f.sameFormatName(width)), width,
                f.heightAt(width));
    }
}
