package dev.blogwright.gui.export;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.ExportSnapshot;
import dev.blogwright.app.PostCache;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.export.ExportCancelledException;
import dev.blogwright.logic.export.ExportReport;
import dev.blogwright.logic.export.ExportRequest;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.bundle.RetiredBundle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** The export dialog's runner over the export service: the same code path as {@code blogwright export}. */
public final class ServiceExportRunner implements ExportRunner {
    /** The app outlives its exports, so the previous bundle is deleted after the dialog shows the result. */
    private final ExportService service = new ExportService(RetiredBundle.deleteInBackground());
    /** The posts read for the last export of {@link #cachedFor}, so the next reads only those that changed. */
    private PostCache cache;
    private BlogLibrary cachedFor;

    private synchronized PostCache cacheFor(BlogLibrary library) {
        if (library != cachedFor) {
            // Another library, or the same file opened again (a backup put back): nothing kept applies to it.
            cache = new PostCache();
            cachedFor = library;
        }
        return cache;
    }

    @Override
    public Result export(BlogLibrary library, Request request, Progress progress, BooleanSupplier cancelled) {
        // The dialog's formats are the command line's choices, so both mean the same bundle and zip.
        ExportRequest export = ExportRequest.of(request.format().name(), request.target())
                .withDrafts(request.includeDrafts());
        try {
            ExportReport report;
            try (ExportSnapshot snapshot = library.exportSnapshot(export.includeDrafts(), cacheFor(library))) {
                report = service.export(snapshot.content(), export, progress::update, cancelled);
            }
            Path shown = export.result(report);
            return new Result(report.written(), report.unchanged(), report.deleted(), shown, report.postsRendered());
        } catch (ExportCancelledException e) {
            throw new CancellationException("Export cancelled; the previous bundle is unchanged.");
        } catch (IOException e) {
            throw new LibraryException("The export could not be written: " + e.getMessage()
                    + "; the previous bundle is unchanged.", e);
        } catch (IllegalArgumentException e) {
            throw new LibraryException(e.getMessage(), e);
        }
    }
}
