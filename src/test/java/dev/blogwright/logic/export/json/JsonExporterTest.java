package dev.blogwright.logic.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.SiteFixture;
import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.model.SiteContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;

    private Path export(SiteContent content, String name) throws IOException {
        Path out = tmp.resolve(name);
        new ExportService().export(content, out, SiteFixture.options(ExportFormat.JSON), ExportProgress.NONE);
        return out;
    }

    @Test
    void everyJsonFileMatchesTheSchema() throws IOException {
        Path out = export(SiteFixture.content(tmp.resolve("lib")), "json");
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(JsonExporter.SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.endsWith(BundleWriter.MANIFEST)).toList();
        }
        assertThat(files).hasSize(5);
        for (Path f : files) {
            assertThat(schema.validate(JSON.readTree(f.toFile()))).as(f.toString()).isEmpty();
        }
    }

    @Test
    void schemaRejectsAPostWithoutItsMarkdown() throws IOException {
        Path out = export(SiteFixture.content(tmp.resolve("lib")), "json");
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(JsonExporter.SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        var post = (ObjectNode) JSON.readTree(
                out.resolve("posts/tricky.json").toFile());
        post.remove("markdown");
        assertThat(schema.validate(post)).isNotEmpty();
    }

    @Test
    void postFileKeepsEveryFieldEscapedAndIntact() throws IOException {
        Path out = export(SiteFixture.content(tmp.resolve("lib")), "json");
        JsonNode post = JSON.readTree(out.resolve("posts/tricky.json").toFile());
        assertThat(post.path("title").asText()).isEqualTo(SiteFixture.TRICKY_TITLE);
        assertThat(post.path("tags").get(0).asText()).isEqualTo("C++ & \"Rust\"");
        assertThat(post.path("frontMatter").path("extra").path("a").get(1).asText()).isEqualTo("x");
        assertThat(post.path("publishedAt").asText()).isEqualTo("2026-04-24T09:00:00Z");
        assertThat(post.path("sourcePath").asText()).isEqualTo("content/posts/tricky.md");
        assertThat(post.path("readingMinutes").asInt()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("posts/tricky.json"))).contains("\"canonicalUrl\" : \"\",\n  \"categoryId\"");
    }

    @Test
    void blogJsonListsPostsInIndexOrder() throws IOException {
        JsonNode blog = JSON.readTree(export(SiteFixture.content(tmp.resolve("lib")), "json")
                .resolve("blog.json").toFile());
        assertThat(blog.path("posts").findValuesAsText("slug"))
                .containsExactly("postgres-schema", "tricky", "monorepo", "due-diligence");
        assertThat(blog.path("settings").path("indexOrder").asText()).isEqualTo("manual");
    }

    @Test
    void exportReadExportIsByteIdentical() throws IOException {
        Path first = export(SiteFixture.content(tmp.resolve("lib")), "first");
        SiteContent read = JsonSiteReader.read(first);
        assertThat(read.posts()).isEqualTo(SiteFixture.content(tmp.resolve("lib")).posts().stream()
                .map(p -> p.toBuilder().frontMatterJson("{\"extra\":{\"a\":[1,\"x\"],\"b\":2},\"layout\":\"post\"}")
                        .build()).toList());
        Path second = export(read, "second");
        // The manifest's cache keys hold the image's file time, which the fixture writes anew; everything
        // published, and the manifest's list of files and hashes, must be the same.
        assertThat(SiteFixture.publishedTree(second)).isEqualTo(SiteFixture.publishedTree(first));
    }
}
