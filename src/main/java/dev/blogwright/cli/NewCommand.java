package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a post, or a page with --page.")
final class NewCommand implements Callable<Integer> {
    private static final long MAX_BODY_BYTES = 50L * 1024 * 1024;

    @Mixin
    LibraryOptions library;
    @Option(names = "--title", required = true, paramLabel = "T")
    String title;
    @Option(names = "--category", paramLabel = "C", description = "Created if it does not exist.")
    String category;
    @Option(names = "--status", paramLabel = "S", defaultValue = "draft", description = "draft (default), scheduled or published.")
    String status;
    @Option(names = "--body-file", paramLabel = "F", description = "Markdown file (UTF-8) with the body.")
    Path bodyFile;
    @Option(names = "--page", description = "A page (About, Contact): URL /<slug>/, in no listing or feed.")
    boolean page;
    @Option(names = "--parent", paramLabel = "SLUG", description = "The parent page of a --page.")
    String parent;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String body = bodyFile == null ? "" : readBody(bodyFile);
        try (BlogLibrary lib = library.openForWriting()) {
            Post.Builder draft = Post.draft(title, body).status(ListCommand.parse(status));
            if (category != null && !category.isBlank()) {
                draft.categoryId(lib.taxonomy().categoryNamed(category).id());
            }
            if (parent != null && !page) {
                throw new CliException("--parent is for pages; add --page.");
            }
            if (page) {
                draft.kind(PostKind.PAGE).parentId(parent == null ? null : parentPage(lib, parent).id());
            }
            Post created = lib.posts().create(draft.build());
            spec.commandLine().getOut().printf("Created %s'%s' (%s, %s)%n", created.isPage() ? "page " : "",
                    created.title(), created.slug(), created.status().key());
        }
        return 0;
    }

    private static Post parentPage(BlogLibrary lib, String slug) {
        Post found = lib.posts().findBySlug(slug).orElseThrow(() -> new CliException("No page with slug '" + slug + "'."));
        if (!found.isPage()) {
            throw new CliException("'" + slug + "' is a post, not a page; a parent must be a page.");
        }
        return found;
    }

    static String readBody(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CliException("No such file: " + file);
            }
            if (Files.size(file) > MAX_BODY_BYTES) {
                throw new CliException(file + " is larger than 50 MB.");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new CliException(file + " is not UTF-8 text; use 'import' to convert other encodings.");
        } catch (IOException e) {
            throw new CliException("Cannot read " + file + ": " + e.getMessage());
        }
    }

}
