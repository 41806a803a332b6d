/**
 * The HTML site: {@code SiteExporter} renders pages through a Pebble {@code SiteTheme} from what templates see
 * ({@code ThemeViews}, built by {@code SiteModel}), with the feeds, sitemap and search index, which read the same
 * model; {@code PostMemo} remembers cards and page keys between exports; {@code PostPagePreview} gives the live
 * preview the published page.
 */
package dev.blogwright.logic.export.site;
