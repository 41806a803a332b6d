package dev.blogwright.logic.export.site;

import java.util.List;

/** What the theme's header and footer show of the site's menus, for one page (hrefs already relative to it). */
public final class NavViews {
    private NavViews() {
    }

    /**
     * One menu entry. {@code current} is "page" on the entry of the page shown, "true" on the parent of that
     * entry (ARIA's word for "the current item of this set"), else empty. {@code href} is empty for a parent
     * without a page of its own.
     */
    public record MenuItem(String label, String href, String current, List<MenuItem> children) {
        // No hasChildren(): Pebble reads {{ item.children }} through a has-prefixed method first.
    }

    /** A social link; {@code rel} is "me" for Mastodon (the profile's verification), else empty. */
    public record SocialItem(String network, String label, String href, String rel) {
    }

    /** The menus of one page; a copied theme that never names {@code nav} simply shows none of it. */
    public record Nav(List<MenuItem> header, List<MenuItem> footer, List<SocialItem> social) {
    }
}
