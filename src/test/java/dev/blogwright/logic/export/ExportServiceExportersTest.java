package dev.blogwright.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.export.bundle.RetiredBundle;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract between ExportService and its exporters, seen from one more exporter beside the site. */
class ExportServiceExportersTest {
    @TempDir
    Path tmp;

    /** Writes {@code notes/<slug>.html} with each post's body, and {@code notes/index.txt} listing the slugs. */
    private static final class Notes implements Exporter {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        private final boolean keeps;
        private ExportRun run;

        Notes(boolean keeps) {
            this.keeps = keeps;
        }

        @Override
        public void start(ExportRun run) {
            calls.add("start");
            this.run = run;
        }

        @Override
        public boolean keepPost(int index, RenderedPost post) throws IOException {
            calls.add("keep " + index);
            return keeps && run.bundle().reuse(file(post), post.bodyKey());
        }

        @Override
        public void writePost(int index, RenderedPost post, String markdown, String html) throws IOException {
            calls.add("write " + index);
            if (!run.bundle().has(file(post))) {
                run.bundle().write(file(post), html.getBytes(StandardCharsets.UTF_8), post.bodyKey());
            }
        }

        @Override
        public void finish(List<RenderedPost> posts) throws IOException {
            List<String> slugs = posts.stream().map(p -> p.post().slug()).toList();
            calls.add("finish " + slugs);
            run.bundle().write("notes/index.txt", String.join("\n", slugs));
        }

        private static String file(RenderedPost post) {
            return "notes/" + post.post().slug() + ".html";
        }
    }

    private ExportReport export(SiteContent content, Notes notes) throws IOException {
        return new ExportService(RetiredBundle.deleteNow(), (c, options) -> notes)
                .export(content, tmp.resolve("out"), SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
    }

    @Test
    void anExporterGetsEveryPostWithItsHtmlThenAllOfThemInIndexOrder() throws IOException {
        SiteContent content = SiteFixture.content(tmp.resolve("lib"));
        Notes notes = new Notes(true);
        export(content, notes);
        assertThat(notes.calls.get(0)).isEqualTo("start");
        assertThat(notes.calls).contains("write 0", "write 1", "write 2", "write 3");
        assertThat(notes.calls.get(notes.calls.size() - 1))
                .isEqualTo("finish [postgres-schema, tricky, monorepo, due-diligence]");
        assertThat(tmp.resolve("out/notes/monorepo.html")).content().contains("<p>Not a philosophical debate.</p>");
        assertThat(tmp.resolve("out/notes/index.txt")).hasContent("postgres-schema\ntricky\nmonorepo\ndue-diligence");
        assertThat(tmp.resolve("out/posts/monorepo/index.html")).isRegularFile();
    }

    @Test
    void aPostIsRenderedAgainOnlyForTheExporterThatCannotKeepIt() throws IOException {
        SiteContent content = SiteFixture.content(tmp.resolve("lib"));
        export(content, new Notes(true));

        Notes cannotKeep = new Notes(false);
        ExportReport again = export(content, cannotKeep);
        assertThat(again.postsRendered()).isEqualTo(4);
        assertThat(cannotKeep.calls).contains("write 0", "write 1", "write 2", "write 3");
        assertThat(again.written()).as("the same pages and notes again: nothing changed on disk").isZero();

        Notes keeps = new Notes(true);
        ExportReport third = export(content, keeps);
        assertThat(third.postsRendered()).isZero();
        assertThat(keeps.calls).contains("keep 0", "keep 3").noneMatch(call -> call.startsWith("write"));
    }

    @Test
    void everyExporterIsAskedToKeepEvenWhenTheSiteCannot() throws IOException {
        SiteContent content = SiteFixture.content(tmp.resolve("lib"));
        export(content, new Notes(true));
        BlogSettings s = content.settings();
        SiteContent retitled = content.withSettings(new BlogSettings(s.header(), "Another title",
                s.tagline(), s.description(), s.baseUrl(), s.authorName(), s.language(), s.postsPerPage(),
                s.dateFormat(), s.indexOrder(), s.theme(), s.trustRawHtml(), s.timeZone()));

        Notes notes = new Notes(true);
        export(retitled, notes);
        assertThat(notes.calls).as("asked even though every page shows the new title")
                .contains("keep 0", "keep 1", "keep 2", "keep 3", "write 0", "write 3");
        assertThat(tmp.resolve("out/notes/monorepo.html")).content().contains("<p>Not a philosophical debate.</p>");
        assertThat(tmp.resolve("out/posts/monorepo/index.html")).content().contains("Another title");
    }
}
