import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The site bench/lighthouse.sh measures: the sample blog exported with what it lacks for the page kinds
 * (#21) — an About page, a post with code, a table and images, and enough short posts for a second index page.
 * The sample itself stays as it is (many tests count its six posts).
 *
 *   java -cp "target/classes:$(cat cp.txt)" bench/LighthouseSite.java WORK_DIR     writes WORK_DIR/site
 */
public final class LighthouseSite {
    private static final String PLAN_POST = """
            A query plan is read from the inside out. This one comes from the incident in our post-mortem.

            ![A query plan drawn as a tree of nodes](%s)

            ```sql
            EXPLAIN (ANALYZE, BUFFERS)
            SELECT * FROM invoices WHERE tenant_id = 42 ORDER BY created_at DESC LIMIT 20;
            ```

            | Node | Rows | Time |
            |---|--:|--:|
            | Seq Scan on invoices | 1,204,311 | 812 ms |
            | Index Scan using invoices_tenant_created | 20 | 0.4 ms |

            The second line is the same query after the index went back in.

            ![The latency graph falling back to normal after the fix](%s)
            """;

    private LighthouseSite() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Files.createDirectories(work);
        Path db = work.resolve("library.db");
        Files.deleteIfExists(db);
        try (BlogLibrary lib = BlogLibrary.open(db, OpenMode.CREATE)) {
            lib.installSample();
            Instant now = Instant.parse("2026-05-20T09:00:00Z");
            lib.posts().create(Post.draft("About", "We build software for teams that keep books: invoicing, "
                    + "payroll and reports. This blog is written by the engineers and the people around them.\n\n"
                    + "Write to us at [hello@example.com](mailto:hello@example.com).").kind(PostKind.PAGE)
                    .slug("about").status(PostStatus.PUBLISHED).publishedAt(now).build());
            String plan = AssetService.reference(lib.assets().add(picture(work.resolve("plan.jpg"), 1800, 1000)));
            String graph = AssetService.reference(lib.assets().add(picture(work.resolve("graph.png"), 1200, 600)));
            lib.posts().create(Post.draft("Reading a query plan", PLAN_POST.formatted(plan, graph))
                    .slug("reading-a-query-plan").featuredImage(plan).featuredImageAlt("A query plan drawn as a tree")
                    .tags(List.of("PostgreSQL")).excerpt("What EXPLAIN ANALYZE told us, line by line.")
                    .status(PostStatus.PUBLISHED).publishedAt(now).build());
            for (int i = 1; i <= 5; i++) {
                lib.posts().create(Post.draft("Release note " + i, "Smaller fixes, listed in the changelog.")
                        .excerpt("Smaller fixes.").status(PostStatus.PUBLISHED)
                        .publishedAt(Instant.parse("2025-11-0" + i + "T09:00:00Z")).build());
            }
            new ExportService().export(lib.siteContent(false), work.resolve("site"),
                    ExportOptions.of(ExportFormat.HTML), (done, total) -> { });
        }
    }

    /** A gradient, so the encoders have something like a photo or a chart to work on. */
    private static Path picture(Path file, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x4f46e5), width, height, new Color(0xf7f7f8)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        String name = file.getFileName().toString();
        ImageIO.write(image, name.substring(name.lastIndexOf('.') + 1), file.toFile());
        return file;
    }
}
