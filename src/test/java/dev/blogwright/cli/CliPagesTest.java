package dev.blogwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages from the command line: new --page [--parent], list --pages, show. */
class CliPagesTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String lib() {
        return dir.resolve("x.db").toString();
    }

    private static List<String> slugs(String json) throws Exception {
        List<String> slugs = new ArrayList<>();
        new ObjectMapper().readTree(json).forEach(p -> slugs.add(p.get("slug").asText()));
        return slugs;
    }

    @Test
    void newPageIsListedWithPagesOnlyAndShowSaysItIsAPage() throws Exception {
        assertThat(run("init", "--sample", "--library", lib()).code()).isZero();
        CliRun company = run("new", "--page", "--title", "Company", "--library", lib());
        assertThat(company.code()).isZero();
        assertThat(company.out()).startsWith("Created page 'Company' (company, draft)");
        assertThat(run("new", "--page", "--title", "About", "--parent", "company", "--library", lib()).code())
                .isZero();

        assertThat(slugs(run("list", "--pages", "--json", "--library", lib()).out()))
                .containsExactlyInAnyOrder("about", "company");
        List<String> posts = slugs(run("list", "--json", "--library", lib()).out());
        assertThat(posts).hasSize(6).doesNotContain("about", "company");

        CliRun show = run("show", "about", "--library", lib());
        assertThat(show.out().lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("page · slug: about · status: draft · parent: company");
        JsonNode json = new ObjectMapper().readTree(run("show", "about", "--json", "--library", lib()).out());
        assertThat(json.get("kind").asText()).isEqualTo("page");
        assertThat(json.get("parent").asText()).isEqualTo("company");
        assertThat(new ObjectMapper().readTree(run("show", "monorepo-vs-polyrepo", "--json", "--library", lib())
                .out()).get("kind").asText()).isEqualTo("post");
    }

    @Test
    void aParentThatIsNotAPageOrAReservedSlugIsOneLineError() {
        assertThat(run("init", "--sample", "--library", lib()).code()).isZero();
        CliRun notPage = run("new", "--page", "--title", "X", "--parent", "monorepo-vs-polyrepo", "--library", lib());
        assertThat(notPage.code()).isEqualTo(1);
        assertThat(notPage.err().strip()).contains("is a post, not a page").doesNotContain("\n")
                .doesNotContain("Exception");
        CliRun noPage = run("new", "--title", "X", "--parent", "company", "--library", lib());
        assertThat(noPage.code()).isEqualTo(1);
        assertThat(noPage.err()).contains("--parent is for pages");
        CliRun archive = run("new", "--page", "--title", "Archive", "--library", lib());
        assertThat(archive.out()).contains("(archive-2, draft)");
    }
}
