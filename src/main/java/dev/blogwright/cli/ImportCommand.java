package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.JsonBundleImport;
import dev.blogwright.app.LibraryImportTarget;
import dev.blogwright.logic.importing.ImportOptions;
import dev.blogwright.logic.importing.ImportReport;
import dev.blogwright.logic.importing.ImportService;
import dev.blogwright.logic.sync.text.LibraryText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import Markdown files or folders (Jekyll, Hugo), Ghost JSON exports, WordPress WXR exports (.xml),"
                + " ZIPs of them, or a"
                + " Blogwright JSON export folder (restored exactly into an empty library), or a Markdown export"
                + " folder (with blog.yaml: the library becomes what it says).")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Parameters(paramLabel = "PATH", arity = "1..*")
    List<Path> inputs;
    @Option(names = "--dry-run", description = "Show what would be imported; write nothing.")
    boolean dryRun;
    @Option(names = "--drafts-as-drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep drafts as drafts (default); --no-drafts-as-drafts publishes them.")
    boolean draftsAsDrafts;
    @Option(names = "--category", paramLabel = "C", description = "Put every imported post in this category.")
    String category;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new CliException("No such file or folder: " + p);
            }
        }
        ImportOptions options = ImportOptions.defaults().withDraftsAsDrafts(draftsAsDrafts).withCategory(category);
        if (inputs.stream().anyMatch(LibraryText::isTextForm)) {
            return MarkdownExport.importFolders(library, inputs, dryRun, spec);
        }
        List<Path> jsonExports = inputs.stream().filter(JsonBundleImport::isJsonExport).toList();
        List<Path> others = inputs.stream().filter(p -> !JsonBundleImport.isJsonExport(p)).toList();
        if (!jsonExports.isEmpty()) {
            if (dryRun) {
                throw new CliException("--dry-run is not available for a Blogwright JSON export; import it directly.");
            }
            try (BlogLibrary lib = library.openForWriting()) {
                for (Path export : jsonExports) {
                    spec.commandLine().getOut().printf("Imported %d posts from the JSON export %s%n",
                            JsonBundleImport.run(lib, export), export);
                }
            }
            if (others.isEmpty()) {
                return 0;
            }
        }
        try (BlogLibrary lib = dryRun ? library.openForReading() : library.openForWriting()) {
            ImportService service = new ImportService(new LibraryImportTarget(lib), lib.clock());
            ImportReport report = dryRun ? service.plan(others, options)
                    : service.run(others, options, new CliProgress(spec.commandLine().getErr(), "Imported"), () -> false);
            spec.commandLine().getOut().print(report.toText());
            return report.errors() > 0 && report.created() + report.updated() == 0 ? 1 : 0;
        }
    }
}
