package dev.blogwright.logic.export.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class FeedsTest {
    @TempDir
    Path tmp;
    Path out;

    @BeforeEach
    void export() throws Exception {
        out = tmp.resolve("site");
        new ExportService().export(SiteFixture.content(tmp.resolve("lib")), out,
                SiteFixture.options(ExportFormat.HTML), ExportProgress.NONE);
    }

    private SyndFeed parse(String file) throws Exception {
        try (XmlReader reader = new XmlReader(out.resolve(file).toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    @Test
    void rssParsesWithEscapedTitleIntact() throws Exception {
        SyndFeed feed = parse("feed.xml");
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getEntries()).hasSize(4);
        SyndEntry tricky = feed.getEntries().get(1);
        assertThat(tricky.getTitle()).isEqualTo(SiteFixture.TRICKY_TITLE);
        assertThat(tricky.getLink()).isEqualTo("https://example.com/blog/posts/tricky/");
        assertThat(tricky.getDescription().getValue()).contains("&lt; and ampersand &amp;");
    }

    @Test
    void atomParsesWithAbsoluteImageLinks() throws Exception {
        SyndFeed feed = parse("atom.xml");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        SyndEntry first = feed.getEntries().get(0);
        assertThat(first.getContents().get(0).getValue())
                .contains("src=\"https://example.com/blog/assets/" + SiteFixture.IMAGE + "\"");
        assertThat(feed.getEntries().get(1).getCategories()).extracting("name")
                .contains("R&D <Lab> ✨", "C++ & \"Rust\"", "עברית");
    }

    @Test
    void jsonFeedHasVersionAuthorsAndLanguage() throws Exception {
        JsonNode feed = new ObjectMapper().readTree(out.resolve("feed.json").toFile());
        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("authors").get(0).path("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(feed.path("language").asText()).isEqualTo("en");
        assertThat(feed.path("items").get(1).path("title").asText()).isEqualTo(SiteFixture.TRICKY_TITLE);
    }

    @Test
    void sitemapIsWellFormedWithAbsoluteUrls() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("sitemap.xml").toFile());
        var locs = doc.getElementsByTagName("loc");
        assertThat(locs.getLength()).isEqualTo(1 + 4 + 2 + 3 + 1);
        for (int i = 0; i < locs.getLength(); i++) {
            assertThat(locs.item(i).getTextContent()).startsWith("https://example.com/blog/");
        }
        assertThat(Files.readString(out.resolve("robots.txt")))
                .contains("Sitemap: https://example.com/blog/sitemap.xml");
    }

    @Test
    void searchIndexHasTitleUrlExcerptTagsAndCategory() throws Exception {
        JsonNode index = new ObjectMapper().readTree(out.resolve("search-index.json").toFile());
        assertThat(index).hasSize(4);
        JsonNode tricky = index.get(1);
        assertThat(tricky.path("title").asText()).isEqualTo(SiteFixture.TRICKY_TITLE);
        assertThat(tricky.path("url").asText()).isEqualTo("posts/tricky/index.html");
        assertThat(tricky.path("category").asText()).isEqualTo("R&D <Lab> ✨");
        assertThat(tricky.path("tags").get(1).asText()).isEqualTo("עברית");
        assertThat(tricky.path("excerpt").asText()).contains("🎨");
    }
}
