package dev.blogwright.bench;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The first page of the post list in a new process, as a user waits for it once per start: the library opened
 * read-only, then one call of {@link LibraryLatency#firstPage}. {@code bench/run.sh} runs it with the desktop
 * launcher's flags and AppCDS archive, so the figure is the one the installed app gives, not that of a JVM loading
 * every class from the jar. Prints the milliseconds of that one call.
 */
public final class FirstPage {
    private FirstPage() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: FirstPage LIBRARY");
        }
        try (BlogLibrary library = BlogLibrary.open(Path.of(args[0]), OpenMode.READ_ONLY)) {
            LibraryLatency.Result first = LibraryLatency.firstPage(library, 1);
            System.out.println(String.format(Locale.ROOT, "%.3f", first.firstMillis()));
        }
    }
}
