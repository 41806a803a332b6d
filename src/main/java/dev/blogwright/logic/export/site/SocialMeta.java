package dev.blogwright.logic.export.site;

/**
 * What {@code social-meta.peb} writes into a page's head for link previews (Open Graph, Twitter cards): the page's
 * title, description, absolute URL and kind ({@code article} for a post, else {@code website}), and an image by
 * absolute URL — a post's featured image at the 1200-pixel width social cards show, else the blog's fallback,
 * else none. URLs are absolute or empty: a link preview cannot resolve a relative one. {@link LinkPreviews} makes
 * them.
 */
public record SocialMeta(String type, String title, String description, String url, String image, String imageAlt,
                         int imageWidth, int imageHeight) {
    /** {@code summary_large_image} when there is an image to show large, else {@code summary}. */
    public String card() {
        return image.isEmpty() ? "summary" : "summary_large_image";
    }
}
