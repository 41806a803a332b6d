package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Change a post through the same service the app uses (only the fields given).")
final class EditCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Parameters(paramLabel = "SLUG")
    String slug;
    @Option(names = "--title", paramLabel = "T")
    String title;
    @Option(names = "--body-file", paramLabel = "F", description = "Markdown file (UTF-8) with the new body.")
    Path bodyFile;
    @Option(names = "--status", paramLabel = "S", description = "draft, scheduled or published.")
    String status;
    @Option(names = "--category", paramLabel = "C", description = "Created if it does not exist; '' for none.")
    String category;
    @Option(names = "--tags", paramLabel = "a,b", description = "The post's tags, comma-separated ('' for none).")
    String tags;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String body = bodyFile == null ? null : NewCommand.readBody(bodyFile);
        try (BlogLibrary lib = library.openForWriting()) {
            Post p = lib.posts().findBySlug(slug).orElseThrow(() -> new CliException("No post with slug '" + slug + "'."));
            Post.Builder b = p.toBuilder();
            if (title != null) {
                b.title(title);
            }
            if (body != null) {
                b.body(body);
            }
            if (status != null) {
                b.status(ListCommand.parse(status));
            }
            if (category != null) {
                b.categoryId(category.isBlank() ? null : lib.taxonomy().categoryNamed(category).id());
            }
            if (tags != null) {
                b.tags(Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList());
            }
            Post saved = lib.posts().save(b.build(), true);
            spec.commandLine().getOut().printf("Saved '%s' (%s)%n", saved.title(), saved.slug());
        }
        return 0;
    }
}
