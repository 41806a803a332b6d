package dev.blogwright.sync;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryTexts;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.sync.SyncReport;
import dev.blogwright.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.api.Git;

/** Libraries ("laptop", "desktop") that sync through one bare repository on disk (file://). */
final class SyncTestKit {
    final Path dir;
    final String url;

    SyncTestKit(Path dir) throws Exception {
        this.dir = dir;
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        this.url = bare.toUri().toString();
    }

    /** The usual start: the sample blog on the laptop, both libraries attached, so both hold it. */
    static SyncTestKit sharingTheSample(Path dir) throws Exception {
        SyncTestKit kit = new SyncTestKit(dir);
        kit.with("laptop", BlogLibrary::installSample);
        kit.init("laptop");
        kit.init("desktop");
        return kit;
    }

    Path library(String name) throws IOException {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        return folder.resolve("library.db");
    }

    BlogLibrary open(String name) throws IOException {
        return BlogLibrary.open(library(name), OpenMode.CREATE);
    }

    SyncReport init(String name) throws IOException {
        try (BlogLibrary lib = open(name)) {
            return LibraryTexts.sync(lib).init(url);
        }
    }

    SyncReport sync(String name) throws IOException {
        try (BlogLibrary lib = open(name)) {
            return LibraryTexts.sync(lib).sync();
        }
    }

    void with(String name, Consumer<BlogLibrary> work) throws IOException {
        try (BlogLibrary lib = open(name)) {
            work.accept(lib);
        }
    }

    Post post(String name, String slug) throws IOException {
        try (BlogLibrary lib = open(name)) {
            return lib.posts().findBySlug(slug).orElseThrow();
        }
    }

    void editBody(String name, String slug, UnaryOperator<String> edit) throws IOException {
        with(name, lib -> {
            Post p = lib.posts().findBySlug(slug).orElseThrow();
            lib.posts().save(p.toBuilder().body(edit.apply(p.body())).build(), true);
        });
    }

    /** The library's whole text form, file by file. */
    Map<String, byte[]> text(String name) throws IOException {
        Path out = dir.resolve("export-" + name + "-" + System.nanoTime());
        try (BlogLibrary lib = open(name)) {
            LibraryTexts.export(lib, out);
        }
        return MarkdownRoundTripTest.files(out);
    }
}
