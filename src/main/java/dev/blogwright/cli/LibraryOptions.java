package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryLocation;
import dev.blogwright.app.OpenMode;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --library PATH} option every command takes, and how a command opens the library. */
public final class LibraryOptions {
    @Option(names = "--library", paramLabel = "PATH",
            description = "Library file (default: $BLOGWRIGHT_LIBRARY, else $XDG_DATA_HOME/blogwright/library.db).")
    String library;

    public Path path() {
        return LibraryLocation.resolve(library, System.getenv());
    }

    /** For commands that only read: a missing or foreign file is refused, nothing on disk changes. */
    BlogLibrary openForReading() {
        return BlogLibrary.open(path(), OpenMode.READ_ONLY);
    }

    /** For commands that write: a missing library is created. */
    BlogLibrary openForWriting() {
        return BlogLibrary.open(path(), OpenMode.CREATE);
    }
}
