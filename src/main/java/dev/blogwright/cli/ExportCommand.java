package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.ExportSnapshot;
import dev.blogwright.logic.export.ExportReport;
import dev.blogwright.logic.export.ExportRequest;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.bundle.RetiredBundle;
import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the blog as a static HTML site, as JSON, or both; atomically and incrementally.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Option(names = "--format", paramLabel = "F", defaultValue = "html",
            description = "html (default), json, all, zip (DIR/site.zip, its bundle kept in DIR/site), or markdown "
                    + "(the library as Markdown files, see sync).")
    String format;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The bundle folder (replaced atomically).")
    Path out;
    @Option(names = "--zip", description = "Also write DIR/site.zip with the same content.")
    boolean zip;
    @Option(names = "--drafts", description = "Include drafts and scheduled posts, marked as such.")
    boolean drafts;
    @Option(names = "--base-url", paramLabel = "URL", description = "Overrides the blog's base URL (feeds, sitemap, canonical).")
    String baseUrl;
    @Option(names = "--theme", paramLabel = "DIR", description = "A theme folder (a copy of assets/themes/default).")
    Path theme;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (format.strip().equalsIgnoreCase("markdown")) {
            return MarkdownExport.run(library, out, spec);
        }
        ExportRequest request;
        try {
            request = ExportRequest.of(format, out).withDrafts(drafts).withThemeDir(theme).withBaseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage().startsWith("Unknown format")
                    ? "Unknown format '" + format + "'; use html, json, all, zip or markdown." : e.getMessage());
        }
        if (theme != null && !Files.isDirectory(theme)) {
            throw new CliException("No theme folder at " + theme);
        }
        if (zip) {
            request = request.withZip();
        }
        CliProgress progress = new CliProgress(spec.commandLine().getErr(), "Posts");
        ExportReport report;
        int posts;
        // The library stays open while the export runs: bodies are read from its snapshot as posts are rendered.
        try (BlogLibrary lib = library.openForReading();
             ExportSnapshot snapshot = lib.exportSnapshot(request.includeDrafts())) {
            SiteContent content = snapshot.content();
            posts = content.posts().size();
            // The command's answer need not wait for the previous bundle to be deleted (see RetiredBundle).
            report = new ExportService(RetiredBundle.deleteAfterExit()).export(content, request, progress::report,
                    () -> false);
        } catch (IOException e) {
            // Disk full, permissions, a name too long: the user's to fix, and the staged swap kept the old bundle.
            throw new CliException("export to " + out + " failed and the previous export there is unchanged: "
                    + reason(e));
        }
        String rendered = report.postsRendered() >= posts ? "all rendered"
                : report.postsRendered() + " rendered, the rest unchanged";
        spec.commandLine().getOut().printf("Exported %d posts to %s (%s): %d written, %d unchanged, %d deleted%n",
                posts, report.output(), rendered, report.written(), report.unchanged(), report.deleted());
        return 0;
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String why = f.getReason() != null ? f.getReason()
                    : e instanceof AccessDeniedException ? "permission denied" : "file system error";
            return why + " (" + f.getFile() + ")";
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("I/O error");
    }
}
