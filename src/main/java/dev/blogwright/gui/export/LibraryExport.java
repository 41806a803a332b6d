package dev.blogwright.gui.export;

import java.util.function.BooleanSupplier;

/**
 * The export of the open library as the dialog starts it: an {@link ExportRunner} already bound to the library,
 * so the view model needs neither the library nor a database in a test.
 */
@FunctionalInterface
public interface LibraryExport {
    ExportRunner.Result export(ExportRunner.Request request, ExportRunner.Progress progress,
                               BooleanSupplier cancelled);
}
