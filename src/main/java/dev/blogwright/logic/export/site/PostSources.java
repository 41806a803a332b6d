package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.site.ThemeViews.Link;
import dev.blogwright.model.Post;
import java.util.List;

/**
 * The fingerprint of what a post page is made from besides {@code shared} (see {@code SiteExporter.sharedSources}):
 * the post as rendered, without its body text (the body enters by its fingerprint, {@link RenderedPost#bodyKey()}),
 * its neighbours' links and its images' facts. A new process compares it with the one kept with the bundle to take
 * the page's key from there (see {@code BundleWriter.inputsFrom}), for each of the 9,500 posts of an export; written
 * field by field, because {@link InputKeys#of} reads a record's fields by reflection, which was most of that work.
 * Every field of {@link Post} but the body and every field of {@link RenderedPost} is written (a test holds it to
 * the records): a field left out would keep a stale page when only it changed.
 */
final class PostSources {
    private PostSources() {
    }

    static String key(String shared, String file, RenderedPost rp, Link previous, Link next, List<Object> images) {
        InputKeys.Parts k = InputKeys.parts().text("post sources").text(shared).text(file);
        Post p = rp.post();
        k.group("post").number(p.id()).text(p.slug()).text(p.title()).text(p.excerpt()).text(p.icon())
                .value(p.categoryId()).text(p.status().name()).flag(p.featured()).flag(p.trashed())
                .instant(p.createdAt()).instant(p.updatedAt()).instant(p.publishedAt()).text(p.language())
                .text(p.metaTitle()).text(p.metaDescription()).text(p.canonicalUrl()).text(p.featuredImage())
                .text(p.featuredImageAlt()).number(Double.doubleToLongBits(p.position())).value(p.tags())
                .text(p.frontMatterJson()).text(p.sourcePath())
                .number(p.publishedOffset() == null ? Long.MIN_VALUE : p.publishedOffset().getTotalSeconds())
                .text(p.kind().name()).value(p.parentId()).end();
        k.group("rendered").text(rp.bodyKey()).text(rp.excerpt()).number(rp.words()).number(rp.readingMinutes())
                .value(rp.assets()).text(rp.mark()).end();
        link(k, previous);
        link(k, next);
        return k.value(images).key();
    }

    private static void link(InputKeys.Parts k, Link link) {
        if (link == null) {
            k.text(null);
        } else {
            k.group("link").text(link.name()).text(link.url()).end();
        }
    }
}
