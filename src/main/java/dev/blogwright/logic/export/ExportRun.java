package dev.blogwright.logic.export;

import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.site.PostMemo;
import dev.blogwright.model.SiteContent;

/**
 * One export as its {@link Exporter}s see it: the content (posts in index order), the bundle being written, the
 * options, what the previous export worked out from the same posts ({@code memo}, the site's cards and page keys),
 * and the HTML of bodies rendered earlier ({@code bodies}, for the feeds).
 */
public record ExportRun(SiteContent content, BundleWriter bundle, ExportOptions options, PostMemo.Round memo,
                        RenderedBodies bodies) {
}
