package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.images.ImageFacts;
import dev.blogwright.logic.export.images.ImageVariants;
import dev.blogwright.logic.export.site.ThemeViews.PostPage;
import dev.blogwright.model.Post;
import java.util.Locale;

/**
 * The link-preview meta ({@link SocialMeta}: Open Graph, Twitter card) of each kind of page: a post is an
 * {@code article} with its featured image, a page (About) the same but of the site's kind, a listing the site as a
 * whole. An image is the 1200-pixel social copy of an image of the assets folder, an http(s) URL as set, or the
 * blog's fallback image (a theme option); URLs are absolute or empty, since a link preview cannot resolve a relative
 * one.
 */
final class LinkPreviews {
    private static final String ASSETS = "assets/";

    private final ImageVariants images;
    /** The blog's image for link previews of pages without one of their own, as a web URL; else empty. */
    private final String fallbackImage;

    LinkPreviews(ImageVariants images, String fallbackImage) {
        this.images = images;
        this.fallbackImage = SiteLinks.webUrl(fallbackImage);
    }

    /** The fallback image as pages may name it (relative or http(s)), or empty. */
    String fallbackImage() {
        return fallbackImage;
    }

    /** A listing, the archive or the 404 page: the site as a whole. */
    SocialMeta website(SiteModel model, String file) {
        String url = model.links.hasBaseUrl() && !file.equals("404.html") ? model.links.absolute(file) : "";
        Image image = image(model, fallbackImage);
        return new SocialMeta("website", model.settings.title(), model.settings.description(), url, image.url, "",
                image.width, image.height);
    }

    /** The page of post {@code p}: its title, description, canonical URL and featured image (else the fallback). */
    SocialMeta article(SiteModel model, PostPage page, Post p) {
        String canonical = model.links.hasBaseUrl() ? page.canonical() : "";
        Image image = image(model, SiteLinks.webUrl(p.featuredImage()));
        String alt = p.featuredImageAlt();
        if (image.url.isEmpty()) {
            image = image(model, fallbackImage);
            alt = "";
        }
        return new SocialMeta("article", page.card().title(), page.description(), canonical, image.url,
                image.url.isEmpty() ? "" : alt, image.width, image.height);
    }

    /** A page (About, Contact): as a post's, but of the site's kind ({@code website}). */
    SocialMeta sitePage(SiteModel model, PostPage page, Post p) {
        SocialMeta m = article(model, page, p);
        return new SocialMeta("website", m.title(), m.description(), m.url(), m.image(), m.imageAlt(),
                m.imageWidth(), m.imageHeight());
    }

    private record Image(String url, int width, int height) {
        static final Image NONE = new Image("", 0, 0);
    }

    /** An image by absolute URL: one of the assets folder at its social copy's width, or an http(s) URL as set. */
    private Image image(SiteModel model, String src) {
        if (src == null || src.isBlank()) {
            return Image.NONE;
        }
        String lower = src.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("https:") || lower.startsWith("http:")) {
            return new Image(src.strip(), 0, 0);
        }
        if (!src.startsWith(ASSETS) || !model.links.hasBaseUrl()) {
            return Image.NONE;
        }
        var facts = images.facts(src.substring(ASSETS.length()));
        if (facts.isEmpty()) {
            return new Image(model.links.baseUrl() + SiteLinks.href(src), 0, 0);
        }
        ImageFacts f = facts.get();
        int width = f.socialWidth();
        return new Image(model.links.baseUrl() + SiteLinks.href(ASSETS + f.sameFormatName(width)), width,
                f.heightAt(width));
    }
}
