package dev.blogwright.logic.export.site;

import dev.blogwright.logic.export.RenderedPost;
import dev.blogwright.logic.export.bundle.SafePaths;
import dev.blogwright.logic.export.site.ThemeViews.Card;
import dev.blogwright.logic.export.site.ThemeViews.Link;
import dev.blogwright.logic.export.site.ThemeViews.PostPage;
import dev.blogwright.logic.post.PageRules;
import dev.blogwright.model.Post;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The export's posts split from its pages. Pages are written at {@code <slug>/index.html} through {@code page.peb}
 * (a copied theme without it uses {@code post.peb}), show no date, category or tags, and stay out of the index,
 * listings, archive and feeds; the sitemap and the search index list them. Posts keep their own indexes among
 * posts only, so their neighbours and what the memo keeps by index never count a page.
 */
final class SitePages {
    static final String TEMPLATE = "page.peb";

    /** The posts of the export (no pages), in index order. */
    final List<Post> posts = new ArrayList<>();
    private final int[] postIndex;
    private final Map<Long, Post> pagesById = new HashMap<>();
    private final String template;

    SitePages(List<Post> all, SiteTheme theme) {
        postIndex = new int[all.size()];
        Arrays.fill(postIndex, -1);
        for (int i = 0; i < all.size(); i++) {
            Post p = all.get(i);
            if (p.isPage()) {
                if (PageRules.slugReserved(p)) {
                    throw new IllegalArgumentException(PageRules.reservedMessage(p.slug()));
                }
                pagesById.put(p.id(), p);
            } else {
                postIndex[i] = posts.size();
                posts.add(p);
            }
        }
        template = theme.hasTemplate(TEMPLATE) ? TEMPLATE : "post.peb";
    }

    /** The index among posts of the post at {@code index} of the export. */
    int postIndex(int index) {
        return postIndex[index];
    }

    /** The template pages are made with: the theme's page.peb, else its post.peb. */
    String template() {
        return template;
    }

    static String file(Post page) {
        return SafePaths.check(SiteLinks.sitePageFile(page.slug()));
    }

    /** What a page's template shows: its card without date, category or tags, and no neighbours. */
    PostPage view(SiteModel model, RenderedPost rp, String root, String html) {
        return SiteExporter.page(model, card(rp), rp, SiteLinks.sitePageFile(rp.post().slug()), root, html, null,
                null);
    }

    /** The parent page's link, for a breadcrumb; null at the top or when the parent is not exported. */
    Link parent(Post page) {
        Post parent = page.parentId() == null ? null : pagesById.get(page.parentId());
        return parent == null ? null : new Link(parent.title(), SiteLinks.href(SiteLinks.sitePageFile(parent.slug())));
    }

    /** The card a page shows as and the search index lists it with. */
    static Card card(RenderedPost rp) {
        Post p = rp.post();
        return new Card(p.title(), SiteLinks.href(SiteLinks.sitePageFile(p.slug())), p.icon(), null, List.of(),
                rp.excerpt(), "", "", rp.readingMinutes(), rp.mark());
    }

    /** The template's values for a page: {@code post} as post.peb knows it, and its {@code parent}. */
    Map<String, Object> values(SiteModel model, RenderedPost rp, String html) {
        Map<String, Object> values = new HashMap<>();
        values.put("post", view(model, rp, SiteLinks.root(file(rp.post())), html));
        Link parent = parent(rp.post());
        if (parent != null) {
            values.put("parent", parent);
        }
        return values;
    }
}
