package dev.blogwright.gui.importing;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.JsonBundleImport;
import dev.blogwright.app.LibraryImportTarget;
import dev.blogwright.logic.importing.ImportOptions;
import dev.blogwright.logic.importing.ImportReport;
import dev.blogwright.logic.importing.ImportService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The import dialog's runner over the import service (Markdown, Jekyll, Hugo, Ghost, ZIP) and the JSON bundle
 * import: the same code paths as {@code blogwright import}.
 */
public final class ServiceImportRunner implements ImportRunner {
    @Override
    public Plan preview(BlogLibrary library, List<Path> sources, Progress progress, BooleanSupplier cancelled) {
        List<Item> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path json : jsonExports(sources)) {
            items.add(new Item(json.toString(), "Blogwright JSON export", Action.CREATE,
                    library.isEmpty() ? "restored exactly (empty library)" : "posts added as new ones"));
        }
        List<Path> others = others(sources);
        if (!others.isEmpty()) {
            ImportReport report = service(library).plan(others, ImportOptions.defaults());
            collect(report, items, warnings);
        }
        progress.update(1, 1);
        return new Plan(items, warnings);
    }

    @Override
    public Result run(BlogLibrary library, List<Path> sources, Progress progress, BooleanSupplier cancelled) {
        int created = 0;
        for (Path json : jsonExports(sources)) {
            created += JsonBundleImport.run(library, json);
        }
        List<Path> others = others(sources);
        if (others.isEmpty()) {
            return new Result(created, 0, 0, List.of());
        }
        ImportReport report = service(library).run(others, ImportOptions.defaults(),
                (done, total, current) -> progress.update(done, total), cancelled);
        if (report.cancelled()) {
            throw new CancellationException("Import cancelled after " + (report.created() + report.updated())
                    + " posts; those are kept whole.");
        }
        List<String> warnings = report.lines().stream()
                .filter(l -> l.kind() == ImportReport.Kind.ERROR || l.kind() == ImportReport.Kind.NOTE)
                .map(ImportReport.Line::toText).toList();
        return new Result(created + (int) report.created(), (int) report.updated(), (int) report.skipped(), warnings);
    }

    private static void collect(ImportReport report, List<Item> items, List<String> warnings) {
        for (ImportReport.Line line : report.lines()) {
            Action action = switch (line.kind()) {
                case NEW -> Action.CREATE;
                case UPDATED -> Action.UPDATE;
                case SKIPPED -> Action.SKIP;
                case ERROR, NOTE -> null;
            };
            if (action == null) {
                warnings.add(line.toText());
            } else {
                items.add(new Item(line.source(), line.source().substring(line.source().lastIndexOf('/') + 1), action,
                        line.message()));
            }
        }
    }

    private static ImportService service(BlogLibrary library) {
        return new ImportService(new LibraryImportTarget(library), library.clock());
    }

    private static List<Path> jsonExports(List<Path> sources) {
        return sources.stream().filter(JsonBundleImport::isJsonExport).toList();
    }

    private static List<Path> others(List<Path> sources) {
        return sources.stream().filter(p -> !JsonBundleImport.isJsonExport(p)).toList();
    }
}
