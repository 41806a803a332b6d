package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.post.PostSort;
import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List posts (or pages) in index order.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Option(names = "--status", paramLabel = "S", description = "draft, scheduled, published or trashed.")
    String status;
    @Option(names = "--category", paramLabel = "C", description = "Category name or slug.")
    String category;
    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;
    @Option(names = "--pages", description = "List the pages instead of the posts.")
    boolean pages;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (BlogLibrary lib = library.openForReading()) {
            PostQuery query = lib.settings().load().indexOrder() == IndexOrder.MANUAL ? PostQuery.all()
                    : PostQuery.all().sortedBy(PostSort.PUBLISHED, true);
            if (status != null) {
                query = "trashed".equalsIgnoreCase(status) ? query.withTrashed(true) : query.withStatus(parse(status));
            }
            query = query.withCategory(category).withKind(pages ? PostKind.PAGE : PostKind.POST);
            List<PostSummary> posts = lib.posts().list(query);
            if (json) {
                spec.commandLine().getOut().println(PostViews.json().writeValueAsString(
                        PostViews.jsonArray(posts, lib.posts().tagNames(posts.stream().map(PostSummary::id).toList()),
                        lib.settings().load().zone())));
            } else {
                spec.commandLine().getOut().print(PostViews.table(posts, lib.settings().load().zone()));
            }
        }
        return 0;
    }

    static PostStatus parse(String status) {
        try {
            return PostStatus.fromKey(status);
        } catch (IllegalArgumentException e) {
            throw new CliException("Unknown status '" + status + "'; use draft, scheduled, published or trashed.");
        }
    }
}
