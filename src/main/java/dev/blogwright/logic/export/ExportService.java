package dev.blogwright.logic.export;

import dev.blogwright.logic.FastPaths;
import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.bundle.BundleZip;
import dev.blogwright.logic.export.bundle.RetiredBundle;
import dev.blogwright.logic.export.bundle.SafePaths;
import dev.blogwright.logic.export.cache.InputKeys;
import dev.blogwright.logic.export.cache.KnownManifest;
import dev.blogwright.logic.export.json.JsonExporter;
import dev.blogwright.logic.export.site.PostMemo;
import dev.blogwright.logic.export.site.SiteExporter;
import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of an export, for the app and the command line: renders the posts (only those changed
 * since the bundle's last export), hands each to every {@link Exporter} the format asks for (the HTML site, the
 * JSON files), writes the images they use into a staging folder, and swaps or patches it in atomically.
 */
public final class ExportService {
    public static final String DEFAULT_ZIP = "site.zip";
    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

    /**
     * Every kind of output, in the order an export writes them; the format says which of them it uses. A new kind
     * of output (a Markdown copy of the posts, say) is one more entry.
     */
    private static final List<Kind> KINDS = List.of(
            new Kind(ExportFormat::includesHtml, SiteExporter::forExport),
            new Kind(ExportFormat::includesJson, (content, options) -> new JsonExporter()));

    /** An exporter and the formats that ask for it. */
    private record Kind(Predicate<ExportFormat> wanted, Exporter.Factory factory) {
    }

    private final RetiredBundle retired;
    private final List<Kind> kinds;
    private final PostMemo memo = new PostMemo();
    private final KnownManifest manifest = new KnownManifest();

    /** Deletes the previous bundle before an export returns. */
    public ExportService() {
        this(RetiredBundle.deleteNow());
    }

    /** Hands the previous bundle, once swapped out, to {@code retired} (see {@link RetiredBundle}). */
    public ExportService(RetiredBundle retired) {
        this(retired, KINDS);
    }

    /** With {@code extra} after the standard exporters, asked for by every format: for tests of the contract. */
    ExportService(RetiredBundle retired, Exporter.Factory extra) {
        this(retired, Stream.concat(KINDS.stream(), Stream.of(new Kind(format -> true, extra))).toList());
    }

    private ExportService(RetiredBundle retired, List<Kind> kinds) {
        this.retired = retired;
        this.kinds = kinds;
    }

    /**
     * Starts reading, in the background, what the next export into {@code out} reads first: the manifest of the
     * bundle there. For a caller with other work before that export (a deploy reads the library first).
     */
    public void prepare(Path out) {
        manifest.prefetch(out.toAbsolutePath().normalize());
    }

    /**
     * The files this service's last export committed into the folder {@code out}, path by content hash, as its
     * manifest lists them; empty when it made none there or the manifest changed since (read it then).
     */
    public Optional<Map<String, String>> committedFiles(Path out) {
        return manifest.committedFiles(out.toAbsolutePath().normalize());
    }

    /**
     * Exports {@code content} (posts already selected and in index order) into the folder {@code out}.
     *
     * @throws IllegalArgumentException  for bad input (unsafe slug, missing theme file, foreign output folder)
     * @throws ExportCancelledException  when cancelled; the previous bundle stays as it was
     */
    public ExportReport export(SiteContent content, Path out, ExportOptions options, ExportProgress progress)
            throws IOException {
        List<Exporter> exporters = new ArrayList<>();
        for (Kind kind : kinds) {
            if (kind.wanted().test(options.format())) {
                exporters.add(kind.factory().create(content, options));
            }
        }
        // With the memo's fast path off every export works out its cards and fingerprints afresh, as a new process.
        PostMemo.Round round = !FastPaths.on(FastPaths.Switch.MEMO) ? PostMemo.Round.NONE
                : memo.start(InputKeys.of("memo", exporters.stream().map(Exporter::memoContext).toList(),
                        content.settings(), content.categories(), content.tags()), content.posts().size());
        PostRendering rendering = new PostRendering(content.settings().trustRawHtml(), options.now(),
                content.bodies(), round);
        Path target = out.toAbsolutePath().normalize();
        try (BundleWriter writer = BundleWriter.open(target, retired, manifest)) {
            ExportRun run = new ExportRun(content, writer, options, round, rendering.feedBodies(writer));
            for (Exporter exporter : exporters) {
                exporter.start(run);
            }
            // Each post's own files are written as soon as it is rendered; the listings need every post's facts.
            List<RenderedPost> rendered = rendering.renderAll(content.posts(), writer, options, progress,
                    new PostRendering.PostOutput() {
                        @Override
                        public boolean keep(int index, RenderedPost post) throws IOException {
                            // Every one is tried, so what one can keep is not made again because another cannot.
                            boolean all = true;
                            for (Exporter exporter : exporters) {
                                all &= exporter.keepPost(index, post);
                            }
                            return all;
                        }

                        @Override
                        public void write(int index, RenderedPost post, String markdown, String html)
                                throws IOException {
                            for (Exporter exporter : exporters) {
                                exporter.writePost(index, post, markdown, html);
                            }
                        }
                    });
            for (Exporter exporter : exporters) {
                exporter.finish(rendered);
            }
            copyImages(content, rendered, writer);
            options.checkCancelled();
            Path zip = options.zip() ? zipPath(target, options.zipPath()) : null;
            // The sorted list of files only for a zip: at 10,000 posts it is a tree of 10,500 paths.
            SortedSet<String> paths = zip != null ? writer.paths() : null;
            if (zip != null && zip.startsWith(target)) {
                String inside = target.relativize(zip).toString().replace(zip.getFileSystem().getSeparator(), "/");
                writer.writeStreamed(inside, dest -> BundleZip.write(writer::source, paths, dest));
            }
            ExportReport report = writer.commit().withPostsRendered(rendering.renderCount());
            round.finish();
            if (zip != null && !zip.startsWith(target)) {
                BundleZip.writeAtomically(target, paths, zip);
            }
            return report;
        }
    }

    /**
     * Exports {@code content} (posts already selected as {@code request} asks, and in index order) as
     * {@code request} asks; {@code cancelled} is polled between posts.
     *
     * @throws IllegalArgumentException  for bad input (unsafe slug, missing theme file, foreign output folder)
     * @throws ExportCancelledException  when cancelled; the previous bundle stays as it was
     */
    public ExportReport export(SiteContent content, ExportRequest request, ExportProgress progress,
                               BooleanSupplier cancelled) throws IOException {
        return export(request.applyTo(content), request.out(), request.options(cancelled), progress);
    }

    /**
     * Finishes or undoes what an export killed half-way left beside {@code out}: a committed patch is applied, a
     * bundle renamed away by a swap is put back, staging folders are deleted. Every export does this first; the
     * app also does it when it starts, so a folder a web server publishes is not left half-patched until then.
     */
    public static void recover(Path out) throws IOException {
        BundleWriter.recover(out);
    }

    private static Path zipPath(Path target, Path given) {
        return given == null ? target.resolve(DEFAULT_ZIP) : given.toAbsolutePath().normalize();
    }

    private static void copyImages(SiteContent content, List<RenderedPost> posts, BundleWriter writer)
            throws IOException {
        SortedSet<String> names = new TreeSet<>();
        posts.forEach(p -> names.addAll(p.assets()));
        // The logo, favicon picture and social image of the theme options travel too (a JSON export restores them).
        content.themeOptions().assets().forEach(ref -> names.add(ref.substring("assets/".length())));
        for (String name : names) {
            Path source = content.assetsDir() == null ? null : SafePaths.resolve(content.assetsDir(), name);
            // Not following links: a symbolic link in the assets folder must not publish a file from elsewhere.
            if (source == null || !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                LOG.warn("Image assets/{} is used by a post but missing from the library; its link will be broken",
                        name);
                continue;
            }
            writer.copy("assets/" + name, source);
        }
    }
}
