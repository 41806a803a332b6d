package dev.blogwright.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.post.PostTimes;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one post with its Markdown.")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Parameters(paramLabel = "SLUG")
    String slug;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (BlogLibrary lib = library.openForReading()) {
            Post p = lib.posts().findBySlug(slug).orElseThrow(() -> new CliException("No post with slug '" + slug + "'."));
            String category = p.categoryId() == null ? null
                    : lib.taxonomy().category(p.categoryId()).map(Category::name).orElse(null);
            int words = PostText.wordCount(p.body());
            if (json) {
                ObjectNode o = PostViews.json().createObjectNode();
                o.put("title", p.title());
                o.put("slug", p.slug());
                o.put("status", p.status().key());
                o.put("kind", p.kind().key());
                if (p.isPage()) {
                    o.put("parent", parentSlug(lib, p));
                }
                o.put("category", category);
                p.tags().forEach(o.putArray("tags")::add);
                o.put("icon", p.icon());
                o.put("featured", p.featured());
                o.put("excerpt", p.excerpt());
                o.put("publishedAt", PostTimes.iso(PostTimes.published(p, lib.settings().load().zone())));
                o.put("updatedAt", PostViews.iso(p.updatedAt()));
                o.put("words", words);
                o.put("readingMinutes", PostText.readingMinutes(words));
                o.put("body", p.body());
                ConflictViews.add(o, lib, p);
                spec.commandLine().getOut().println(PostViews.json().writeValueAsString(o));
            } else {
                var out = spec.commandLine().getOut();
                out.printf("%s %s%n", p.icon(), p.title());
                if (p.isPage()) {
                    String parentSlug = parentSlug(lib, p);
                    out.printf("page · slug: %s · status: %s · parent: %s%n", p.slug(), p.status().key(),
                            parentSlug == null ? "-" : parentSlug);
                } else {
                    out.printf("slug: %s · status: %s · category: %s · tags: %s%n", p.slug(), p.status().key(),
                            category == null ? "-" : category, String.join(", ", p.tags()));
                }
                String reading = PostText.readingTimeLabel(PostText.readingMinutes(words));
                out.printf("published: %s · %d words%s%n%n",
                        PostTimes.iso(PostTimes.published(p, lib.settings().load().zone())), words,
                        reading.isEmpty() ? "" : " · " + reading);
                out.println(p.body());
                ConflictViews.describe(out, lib, p);
            }
        }
        return 0;
    }

    private static String parentSlug(BlogLibrary lib, Post page) {
        return page.parentId() == null ? null : lib.posts().find(page.parentId()).map(Post::slug).orElse(null);
    }
}
