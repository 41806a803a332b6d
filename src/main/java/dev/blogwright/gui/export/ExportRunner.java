package dev.blogwright.gui.export;

import dev.blogwright.app.BlogLibrary;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * What the export dialog needs from the export services; the integrator implements it over the exporters.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>{@link #export} is called on a worker thread, never on the FX thread, and may take long.</li>
 *   <li>It reports progress through {@code progress.update(done, total)} as it goes (any thread; the dialog
 *       marshals to the FX thread). {@code total} may be 0 while unknown; {@code done} never exceeds it once known.</li>
 *   <li>It checks {@code cancelled.getAsBoolean()} between units of work (pages, files) and, once true, stops
 *       and throws {@link java.util.concurrent.CancellationException}. What was already written may stay, but
 *       no file is left half-written (write to a temporary name and move).</li>
 *   <li>A failure the user can act on is a {@link dev.blogwright.logic.LibraryException} with a one-line
 *       message; the dialog shows that line and keeps the details in an expander.</li>
 *   <li>On success it returns a {@link Result} counting what happened in the target folder.</li>
 * </ul>
 */
public interface ExportRunner {
    /** What to write: the HTML site, the JSON document, both, or one ZIP bundle. */
    enum Format { HTML, JSON, ALL, ZIP }

    /** {@code target} is a folder (for ZIP, the folder the .zip file goes into). */
    record Request(Format format, Path target, boolean includeDrafts) {
    }

    /**
     * {@code output} is what "Open folder" / "Open in browser" opens: the folder, or the index page or zip.
     * {@code rendered}: the posts whose body had to be rendered (the others were unchanged since last time).
     */
    record Result(int written, int unchanged, int deleted, Path output, int rendered) {
    }

    @FunctionalInterface
    interface Progress {
        void update(long done, long total);
    }

    Result export(BlogLibrary library, Request request, Progress progress, BooleanSupplier cancelled);
}
