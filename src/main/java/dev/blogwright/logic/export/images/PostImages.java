package dev.blogwright.logic.export.images;

import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.export.bundle.BundleWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The images of one export's posts and pages as the site shows them: their bodies' {@code <img>} tags and the
 * featured image made responsive, what a page's fingerprint takes from its images, and, once every post is
 * rendered, the copies of the images they show (featured ones and the blog's link-preview fallback also get the
 * copy social cards show).
 */
public final class PostImages {
    private static final String ASSETS = "assets/";

    private final ImageVariants variants;
    private final ResponsiveImages responsive;

    private PostImages(ImageVariants variants) {
        this.variants = variants;
        this.responsive = new ResponsiveImages(variants::facts, variants.webp());
    }

    /** The images of an export whose files live in {@code assetsDir}. */
    public static PostImages forExport(Path assetsDir) {
        return new PostImages(ImageVariants.forExport(assetsDir));
    }

    /** No copies and no sizes (the live preview, which shows the originals); bodies still get loading hints. */
    public static PostImages none() {
        return new PostImages(ImageVariants.none());
    }

    /** The sizes and copies of single images, for the link-preview meta. */
    public ImageVariants variants() {
        return variants;
    }

    /**
     * A body's HTML with its images made responsive; {@code hasFeatured}: the page shows a featured image above
     * the body, so even the body's first image is below the fold.
     */
    public String body(String html, boolean hasFeatured) {
        return responsive.body(html, !hasFeatured);
    }

    /** The featured image as a responsive tag, or empty when the theme shows it as set (see ResponsiveImages). */
    public String featured(String src, String alt, String cssClass) {
        return responsive.featured(src, alt, cssClass);
    }

    /**
     * The images of a body as its page offers them, for the page's fingerprint: whether WebP copies exist, then
     * each image's facts (sizes, content key) or, for one without copies, its name.
     */
    public List<Object> shown(Collection<String> assets) {
        List<Object> shown = new ArrayList<>();
        shown.add(variants.webp());
        for (String name : assets) {
            shown.add(variants.facts(name).map(f -> (Object) f).orElse(name));
        }
        return shown;
    }

    /**
     * Makes the responsive copies of every image a post or page of {@code rendered} shows, and the social copies of
     * featured ones and of {@code socialFallback} (the blog's link-preview image, a web URL or empty).
     */
    public void writeCopies(List<RenderedPost> rendered, String socialFallback, BundleWriter out,
                            ExportOptions options) {
        Set<String> used = new TreeSet<>();
        Set<String> featured = new TreeSet<>();
        for (RenderedPost rp : rendered) {
            used.addAll(rp.assets());
            String image = rp.post().featuredImage();
            if (image.startsWith(ASSETS)) {
                featured.add(image.substring(ASSETS.length()));
            }
        }
        if (socialFallback.startsWith(ASSETS)) {
            used.add(socialFallback.substring(ASSETS.length()));
            featured.add(socialFallback.substring(ASSETS.length()));
        }
        variants.writeCopies(out, used, featured, options);
    }
}
