/**
 * The HTML site: {@code SiteExporter} renders pages through a Pebble {@code SiteTheme} from what templates see
 * ({@code ThemeViews}, built by {@code SiteModel}), writing post and page files itself and the rest through
 * {@code SiteListings} (listings, feeds, sitemap and search index, which read the same model); {@code ThemedPages}
 * renders any page with what all pages show and takes its fingerprint; {@code LinkPreviews} makes each page's
 * link-preview meta ({@code SocialMeta}); {@code PostMemo} remembers cards and page keys between exports; {@code PostPagePreview} gives the live
 * preview the published page.
 */
package dev.blogwright.logic.export.site;
