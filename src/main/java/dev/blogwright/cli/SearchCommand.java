package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.model.PostSummary;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search; is:draft|scheduled|published|featured|trashed, category:C and tag:T filter.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Parameters(paramLabel = "QUERY", arity = "1..*")
    List<String> words;
    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (BlogLibrary lib = library.openForReading()) {
            List<PostSummary> found = lib.posts().search(String.join(" ", words));
            if (json) {
                spec.commandLine().getOut().println(PostViews.json().writeValueAsString(
                        PostViews.jsonArray(found, lib.posts().tagNames(found.stream().map(PostSummary::id).toList()),
                        lib.settings().load().zone())));
            } else {
                spec.commandLine().getOut().print(PostViews.table(found, lib.settings().load().zone()));
                spec.commandLine().getOut().printf("%d found%n", found.size());
            }
        }
        return 0;
    }
}
