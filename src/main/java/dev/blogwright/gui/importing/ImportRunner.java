package dev.blogwright.gui.importing;

import dev.blogwright.app.BlogLibrary;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the import dialog needs from the import services; the integrator implements it over the readers
 * (Jekyll, Hugo, Ghost, Blogwright JSON, plain Markdown files).
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>Both methods are called on a worker thread and may take long; {@code progress.update(done, total)}
 *       reports files read ({@code total} 0 while unknown), from any thread.</li>
 *   <li>They check {@code cancelled.getAsBoolean()} between files and then throw
 *       {@link java.util.concurrent.CancellationException}. {@link #preview} never writes; {@link #run} writes
 *       each post in its own transaction, so a cancelled import leaves whole posts only.</li>
 *   <li>{@code sources} are files or folders as the user chose them; the implementation detects the format.</li>
 *   <li>A source it cannot read is a warning in the result (one line naming the file), not a failure of the
 *       whole import; a failure of everything is a {@link dev.blogwright.logic.LibraryException}.</li>
 * </ul>
 */
public interface ImportRunner {
    /** What would happen to one source post: a new post, an update of one imported before, or skipped. */
    enum Action { CREATE, UPDATE, SKIP }

    record Item(String source, String title, Action action, String note) {
    }

    /** The dry run: what an import of these sources would do. */
    record Plan(List<Item> items, List<String> warnings) {
        public Plan {
            items = List.copyOf(items);
            warnings = List.copyOf(warnings);
        }
    }

    record Result(int created, int updated, int skipped, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    @FunctionalInterface
    interface Progress {
        void update(long done, long total);
    }

    Plan preview(BlogLibrary library, List<Path> sources, Progress progress, BooleanSupplier cancelled);

    Result run(BlogLibrary library, List<Path> sources, Progress progress, BooleanSupplier cancelled);
}
