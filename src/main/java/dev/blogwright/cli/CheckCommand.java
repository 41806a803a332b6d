package dev.blogwright.cli;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryCheck;
import dev.blogwright.logic.check.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"A blog's health: broken links to posts, categories, tags and assets; images without alt "
                + "text; headings that skip a level; titles and descriptions outside search engines' lengths; posts "
                + "without a category; excerpts cut mid-sentence; duplicate titles; scheduled posts in the past; "
                + "spelling.",
                "Exit code 0 when clean, 1 with one line per finding (slug: kind: detail). A language without a "
                + "spelling dictionary is said once on the error stream, and its posts' spelling is not checked."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;
    @Parameters(arity = "0..*", paramLabel = "SLUG", description = "Posts to check (default: every post not in the trash).")
    List<String> slugs = new ArrayList<>();
    @Option(names = "--json", description = "Print the findings as JSON, for tools.")
    boolean json;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LibraryCheck.Result result;
        try (BlogLibrary lib = library.openForReading()) {
            result = LibraryCheck.check(lib, slugs);
        }
        List<Finding> findings = result.findings();
        // On the error stream, so the findings (and the JSON) stay what tools read; not a finding, so no exit 1.
        result.notes().forEach(note -> spec.commandLine().getErr().println("blogwright: " + note));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(PostViews.json().writeValueAsString(findings.stream().map(CheckCommand::view).toList()));
        } else {
            findings.forEach(f -> out.println(f.asLine()));
        }
        return findings.isEmpty() ? 0 : 1;
    }

    private static Map<String, Object> view(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", f.slug());
        m.put("kind", f.kind().key());
        m.put("detail", f.detail());
        if (f.hasPlace()) {
            m.put("line", f.line());
            m.put("column", f.column());
            m.put("offset", f.offset());
        }
        return m;
    }
}
