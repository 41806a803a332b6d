package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.model.LibraryStats;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts of posts, words, categories, tags.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (BlogLibrary lib = library.openForReading()) {
            LibraryStats s = lib.stats();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(PostViews.json().writeValueAsString(s));
                return 0;
            }
            out.printf("Posts: %d (published %d, drafts %d, scheduled %d; %d in trash)%n", s.posts(), s.published(),
                    s.drafts(), s.scheduled(), s.trashed());
            out.printf("Pages: %d%n", s.pages());
            out.printf("Words: %d · categories: %d · tags: %d · assets: %d%n", s.words(), s.categories(), s.tags(),
                    s.assets());
            out.println("Per category:");
            s.postsPerCategory().forEach((k, v) -> out.printf("  %-24s %d%n", k, v));
            out.println("Per month:");
            s.postsPerMonth().forEach((k, v) -> out.printf("  %s  %d%n", k, v));
        }
        return 0;
    }
}
