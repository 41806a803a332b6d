package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.logic.sync.TextImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export --format markdown} and the import of such a folder: the library's text form, both ways. */
final class MarkdownExport {
    private MarkdownExport() {
    }

    static int run(LibraryOptions library, Path out, CommandSpec spec) {
        try (BlogLibrary lib = library.openForReading()) {
            int posts = LibraryTexts.export(lib, out);
            spec.commandLine().getOut().printf("Exported %d posts as Markdown to %s%n", posts, out);
            return 0;
        } catch (IOException e) {
            throw new CliException("export to " + out + " failed and the previous export there is unchanged: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("I/O error"));
        }
    }

    static int importFolders(LibraryOptions library, List<Path> inputs, boolean dryRun, CommandSpec spec) {
        if (inputs.size() != 1) {
            throw new CliException("A Markdown export folder (with blog.yaml) is imported on its own.");
        }
        if (dryRun) {
            throw new CliException("--dry-run is not available for a Markdown export folder; import it directly.");
        }
        Path folder = inputs.get(0);
        try (BlogLibrary lib = library.openForWriting()) {
            if (!lib.isEmpty()) {
                // Making a library with posts what the folder says would delete the posts the folder lacks.
                throw new CliException("A Markdown export is restored into an empty library only; this one has posts"
                        + " (use --library with a new file).");
            }
            TextImporter.Applied applied = LibraryTexts.importFolder(lib, folder);
            spec.commandLine().getOut().printf("Imported the Markdown export %s: %d posts added, %d updated, %d removed%n",
                    folder, applied.created(), applied.updated(), applied.deleted());
            return 0;
        } catch (IOException e) {
            throw new CliException("Cannot read " + folder + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CliException("Cannot read " + folder + ": " + e.getMessage());
        }
    }
}
