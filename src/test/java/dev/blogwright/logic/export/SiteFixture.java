package dev.blogwright.logic.export;

import dev.blogwright.logic.export.bundle.BundleWriter;
import dev.blogwright.logic.export.cache.Manifest;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Category;
import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.Tag;
import dev.blogwright.util.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small blog for export tests: four posts, two categories, tags, one image, and hostile characters. */
public final class SiteFixture {
    public static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    public static final String IMAGE = "3f2a9c.png";
    public static final String TRICKY_TITLE = "Tom & Jerry <script>alert(\"x\")</script> 'quoted' 🚀 שלום עולם";

    private SiteFixture() {
    }

    public static BlogSettings settings(int postsPerPage) {
        return new BlogSettings("Blog", "Insights From the Engineering Floor",
                "Deep dives, tutorials, and honest takes from our engineering and strategy teams.",
                "Engineering notes", "https://example.com/blog/", "Ada Lovelace", "en", postsPerPage,
                BlogSettings.DEFAULT_DATE_FORMAT, IndexOrder.MANUAL, "", false);
    }

    public static List<Category> categories() {
        return List.of(new Category(1, "Performance", "performance", "Speed & scale", "#4f46e5", 1, null),
                new Category(2, "R&D <Lab> ✨", "rnd-lab", "", "", 2, null));
    }

    public static List<Tag> tags() {
        return List.of(new Tag(1, "postgres", "postgres"), new Tag(2, "C++ & \"Rust\"", "cpp-rust"),
                new Tag(3, "עברית", "hebrew"));
    }

    public static List<Post> posts() {
        List<Post> posts = new ArrayList<>();
        posts.add(post(1, "postgres-schema", "PostgreSQL Schema Design Patterns for Multi-Tenant Applications", "🤖",
                1L, "2026-04-30T09:00:00Z", List.of("postgres"),
                "Concrete schema design — composite indexes and row-level security.\n\n"
                        + "![Diagram](assets/" + IMAGE + ")\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                        + "```java\nint x = 1 < 2 ? 1 : 0;\n```\n"));
        posts.add(post(2, "tricky", TRICKY_TITLE, "⚡", 2L, "2026-04-24T09:00:00Z",
                List.of("C++ & \"Rust\"", "עברית"),
                "Less-than < and ampersand & and \"quotes\" with emoji 🎨 and مرحبا بالعالم.\n"));
        posts.add(post(3, "monorepo", "Monorepo vs Polyrepo", "📱", 1L, "2026-04-18T09:00:00Z",
                List.of("postgres"), "Not a philosophical debate.\n\n<!--more-->\n\nThe rest.\n"));
        posts.add(post(4, "due-diligence", "Technical Due Diligence", "🚀", null, "2026-04-12T09:00:00Z",
                List.of(), "Our framework for technical due diligence.\n"));
        return posts;
    }

    public static Post post(long id, String slug, String title, String icon, Long category, String date,
                            List<String> tags, String body) {
        Instant at = Instant.parse(date);
        return new Post.Builder().id(id).slug(slug).title(title).icon(icon).categoryId(category)
                .status(PostStatus.PUBLISHED).createdAt(at).updatedAt(at).publishedAt(at).position(id)
                .tags(tags).body(body).frontMatterJson("{\"layout\":\"post\",\"extra\":{\"b\":2,\"a\":[1,\"x\"]}}")
                .sourcePath("content/posts/" + slug + ".md").build();
    }

    public static SiteContent content(Path assetsDir) {
        return content(assetsDir, posts(), 2);
    }

    public static SiteContent content(Path assetsDir, List<Post> posts, int postsPerPage) {
        copyImage(assetsDir);
        return new SiteContent(settings(postsPerPage), categories(), tags(), posts, assetsDir);
    }

    public static ExportOptions options(ExportFormat format) {
        return ExportOptions.of(format).withNow(NOW);
    }

    /** Every file of a bundle by relative path, with its content hash. */
    public static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), ContentHash.of(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    /** {@link #tree} without the manifest, plus the manifest's own list of files and hashes. */
    public static Map<String, String> publishedTree(Path root) throws IOException {
        Map<String, String> files = tree(root);
        files.remove(BundleWriter.MANIFEST);
        files.remove(BundleWriter.CACHE);
        Manifest.read(root).files()
                .forEach((path, hash) -> files.put("manifest: " + path, hash));
        return files;
    }

    private static void copyImage(Path assetsDir) {
        try (InputStream in = SiteFixture.class.getResourceAsStream("/export/" + IMAGE)) {
            Files.createDirectories(assetsDir);
            Files.write(assetsDir.resolve(IMAGE), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
