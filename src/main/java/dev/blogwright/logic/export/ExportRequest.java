package dev.blogwright.logic.export;

import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.SiteContent;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * An export as a person asks for it, from the export dialog or {@code blogwright export}: what to write, where, with
 * drafts or not, through which theme, under which base URL. Both front ends build one with {@link #of}, so a
 * choice ("html", "json", "all", "zip") means the same bundle and zip in both; {@link ExportService} turns it into
 * {@link ExportOptions}.
 *
 * @param out      the bundle folder
 * @param zip      where a zip of the bundle goes, or null for none
 * @param themeDir a theme folder overriding the blog's theme setting, or null
 * @param baseUrl  a base URL overriding the blog's (feeds, sitemap, canonical links), or null
 */
public record ExportRequest(ExportFormat format, Path out, Path zip, boolean includeDrafts, Path themeDir,
                           String baseUrl) {
    /** The folder of the unpacked bundle a "zip" export keeps beside its zip, so the next one is incremental. */
    public static final String ZIP_BUNDLE = "site";
    /** The choice that writes the HTML site as one zip file. */
    public static final String ZIP = "zip";

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
    }

    /**
     * The export of {@code choice} into {@code target}: "html", "json" or "all" write that bundle into the folder
     * {@code target}; "zip" writes {@code target/site.zip} and keeps its unpacked bundle in {@code target/site}.
     *
     * @throws IllegalArgumentException for another choice, with a one-line message a person can act on
     */
    public static ExportRequest of(String choice, Path target) {
        String key = choice == null ? "" : choice.trim().toLowerCase(Locale.ROOT);
        if (key.equals(ZIP)) {
            return new ExportRequest(ExportFormat.HTML, target.resolve(ZIP_BUNDLE),
                    target.resolve(ExportService.DEFAULT_ZIP), false, null, null);
        }
        ExportFormat format;
        try {
            format = ExportFormat.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown format '" + choice + "'; use html, json, all or zip.", e);
        }
        return new ExportRequest(format, target, null, false, null, null);
    }

    /** The same export, also zipped into {@code <out>/site.zip}. */
    public ExportRequest withZip() {
        return zip != null ? this : new ExportRequest(format, out, out.resolve(ExportService.DEFAULT_ZIP), includeDrafts, themeDir, baseUrl);
    }

    /** The same export, with drafts and scheduled posts included (marked) or not. */
    public ExportRequest withDrafts(boolean drafts) {
        return new ExportRequest(format, out, zip, drafts, themeDir, baseUrl);
    }

    public ExportRequest withThemeDir(Path dir) {
        return new ExportRequest(format, out, zip, includeDrafts, dir, baseUrl);
    }

    public ExportRequest withBaseUrl(String url) {
        return new ExportRequest(format, out, zip, includeDrafts, themeDir, url);
    }

    /** How the service runs this export; {@code cancelled} is polled between posts. */
    public ExportOptions options(BooleanSupplier cancelled) {
        ExportOptions options = ExportOptions.of(format).withThemeDir(themeDir).withCancelled(cancelled);
        return zip == null ? options : options.withZip(zip);
    }

    /** {@code content} as this export shows it: under the requested base URL, when there is one. */
    public SiteContent applyTo(SiteContent content) {
        if (baseUrl == null) {
            return content;
        }
        BlogSettings s = content.settings();
        return content.withSettings(new BlogSettings(s.header(), s.title(), s.tagline(), s.description(), baseUrl,
                s.authorName(), s.language(), s.postsPerPage(), s.dateFormat(), s.indexOrder(), s.theme(),
                s.trustRawHtml(), s.timeZone()));
    }

    /** What shows the result to a person: the zip, the site's front page, or the folder of JSON files. */
    public Path result(ExportReport report) {
        if (zip != null && !zip.startsWith(out)) {
            return zip;
        }
        return format.includesHtml() ? report.output().resolve("index.html") : report.output();
    }
}
