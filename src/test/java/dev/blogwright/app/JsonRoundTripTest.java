package dev.blogwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.store.TestLibraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRoundTripTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void exportImportIntoAnEmptyLibraryExportIsByteIdentical() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary a = TestLibraries.sample(dir.resolve("a"))) {
            Path png = Path.of(getClass().getResource("/export/3f2a9c.png").toURI());
            String ref = AssetService.reference(a.assets().add(png));
            long devops = a.taxonomy().categoryNamed("DevOps").id();
            a.posts().create(Post.draft("Pictures & <things> 🚀", "Look: ![a chart](" + ref + ")\n")
                    .categoryId(devops).tags(List.of("Charts", "עברית")).status(PostStatus.PUBLISHED)
                    .publishedAt(Instant.parse("2026-02-02T10:00:00Z")).publishedOffset(ZoneOffset.ofHours(-4))
                    .featured(true)
                    .frontMatterJson("{\"author\":\"Ada\",\"weight\":3}").metaDescription("desc \"q\"").build());
            // A page under another, the child first in the index order: its parent is linked after both are in.
            Post company = a.posts().create(Post.draft("Company", "We make tools.").kind(PostKind.PAGE)
                    .status(PostStatus.PUBLISHED).publishedAt(Instant.parse("2026-01-01T00:00:00Z")).build());
            a.posts().create(Post.draft("About", "Who we are.").kind(PostKind.PAGE).parentId(company.id())
                    .status(PostStatus.PUBLISHED).publishedAt(Instant.parse("2026-01-01T00:00:00Z")).build());
            a.organizer().move(a.posts().findBySlug("ai-chatbots-lessons").orElseThrow().id(), null,
                    a.posts().findBySlug("postgresql-multi-tenant-schema-design").orElseThrow().id());
            new ExportService().export(a.siteContent(false), first, ExportOptions.of(ExportFormat.JSON).withNow(NOW),
                    (d, t) -> { });
        }
        Path bFile = dir.resolve("b/library.db");
        try (BlogLibrary b = BlogLibrary.open(bFile, OpenMode.CREATE)) {
            assertThat(JsonBundleImport.run(b, first)).isEqualTo(9);
            Post about = b.posts().findBySlug("about").orElseThrow();
            assertThat(about.kind()).isEqualTo(PostKind.PAGE);
            assertThat(about.parentId()).isEqualTo(b.posts().findBySlug("company").orElseThrow().id());
            new ExportService().export(b.siteContent(false), second, ExportOptions.of(ExportFormat.JSON).withNow(NOW),
                    (d, t) -> { });
        }
        Map<String, byte[]> one = files(first);
        Map<String, byte[]> two = files(second);
        assertThat(two.keySet()).isEqualTo(one.keySet()).contains("blog.json");
        assertThat(one.keySet()).anyMatch(k -> k.startsWith("assets/") && k.endsWith(".png"));
        for (String name : one.keySet()) {
            if (name.equals(BundleWriter.MANIFEST)) {
                assertThat(manifestFiles(two.get(name))).isEqualTo(manifestFiles(one.get(name)));
            } else if (name.equals(BundleWriter.CACHE)) {
                // The cache's keys hold the images' file times, which an import gives anew; what the bundle
                // publishes, the manifest's list of files and hashes included, must still be the same.
                continue;
            } else {
                assertThat(two.get(name)).as(name).isEqualTo(one.get(name));
            }
        }
    }

    private static JsonNode manifestFiles(byte[] manifest) throws IOException {
        return new ObjectMapper().readTree(manifest).path("files");
    }

    @Test
    void importingIntoALibraryWithPostsAddsThemAsNewOnes() throws Exception {
        Path export = dir.resolve("export");
        Files.createDirectories(dir.resolve("a"));
        try (BlogLibrary a = TestLibraries.sample(dir.resolve("a"))) {
            new ExportService().export(a.siteContent(false), export, ExportOptions.of(ExportFormat.JSON), (d, t) -> { });
        }
        Files.createDirectories(dir.resolve("b"));
        try (BlogLibrary b = TestLibraries.sample(dir.resolve("b"))) {
            JsonBundleImport.run(b, export);
            assertThat(b.stats().posts()).isEqualTo(12);
            assertThat(b.taxonomy().categories()).hasSize(5);
            assertThat(b.posts().findBySlug("monorepo-vs-polyrepo-2")).isPresent();
        }
    }

    private static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
