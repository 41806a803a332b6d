package dev.blogwright.app;

import dev.blogwright.logic.sync.Conflicts;
import dev.blogwright.logic.sync.SyncService;
import dev.blogwright.logic.sync.SyncedLibrary;
import dev.blogwright.logic.sync.TextExporter;
import dev.blogwright.logic.sync.TextImporter;
import dev.blogwright.logic.sync.text.LibraryText;
import dev.blogwright.store.SqlSyncRepository;
import java.io.IOException;
import java.nio.file.Path;

/** The library's text form (Markdown files + blog.yaml) for export, import and sync: wires sync's store to the library. */
public final class LibraryTexts {
    private LibraryTexts() {
    }

    public static SyncedLibrary of(BlogLibrary lib) {
        return new SyncedLibrary(lib.file(), lib.posts(), lib.organizer(), lib.taxonomy(), lib.settings(),
                lib.assets(), new SqlSyncRepository(lib.database()), lib.database(), lib.clock(), lib.menus(),
                lib.goals(), lib.spelling());
    }

    /** Sync of this library through its Git remote. */
    public static SyncService sync(BlogLibrary lib) {
        return new SyncService(of(lib));
    }

    /** The library's open sync conflicts and how to settle them. */
    public static Conflicts conflicts(BlogLibrary lib) {
        return new Conflicts(of(lib));
    }

    /** Writes the library as Markdown files into {@code out}; returns how many posts were written. */
    public static int export(BlogLibrary lib, Path out) throws IOException {
        LibraryText text = new TextExporter(of(lib)).read();
        text.writeTo(out);
        return (int) text.files().keySet().stream().filter(p -> LibraryText.postSlug(p) != null).count();
    }

    /** Makes the library what the Markdown folder says (into an empty library: an exact restore). */
    public static TextImporter.Applied importFolder(BlogLibrary lib, Path folder) throws IOException {
        return new TextImporter(of(lib)).apply(LibraryText.readFrom(folder));
    }
}
