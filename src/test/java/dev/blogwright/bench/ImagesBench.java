package dev.blogwright.bench;

import dev.blogwright.logic.export.ExportFormat;
import dev.blogwright.logic.export.ExportOptions;
import dev.blogwright.logic.export.ExportProgress;
import dev.blogwright.logic.export.ExportService;
import dev.blogwright.logic.export.images.ImageVariants;
import dev.blogwright.logic.export.images.WebpEncoder;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.IndexOrder;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.SiteContent;
import dev.blogwright.model.Tag;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * What responsive images add to an export (issue 21): the same posts with images exported with the responsive
 * copies off ({@code -Dblogwright.images.responsive=false}) and on, each as a first export into an empty folder,
 * as an unchanged re-export and into a second, empty folder, in one JVM after a warm-up export. {@code sample}
 * takes the six sample posts, each with a featured photo and one in its body; a number N takes N generated posts,
 * every third with a photo or screenshot in its body and every fifth with a featured photo, out of 16 distinct
 * images.
 * <pre>java -cp target/classes:target/test-classes:DEPS dev.blogwright.bench.ImagesBench sample|N WORKDIR</pre>
 */
public final class ImagesBench {
    private static final int PHOTOS = 12;
    private static final int SCREENSHOTS = 4;

    private ImagesBench() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "sample";
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench/images").toAbsolutePath();
        deleteTree(work);
        Path assets = work.resolve("assets");
        List<String> images = makeImages(assets);
        List<Post> posts = what.equals("sample") ? samplePosts(images) : generatedPosts(Integer.parseInt(what), images);
        SiteContent content = new SiteContent(settings(), List.of(), tags(posts), posts, assets);
        say("posts %d, images %d (%d photos 2400x1600 JPEG, %d screenshots 1400x900 PNG), cwebp %s, cores %d",
                posts.size(), images.size(), PHOTOS, SCREENSHOTS, WebpEncoder.system().available() ? "yes" : "no",
                Runtime.getRuntime().availableProcessors());
        say("load average before: %s", loadAverage());
        System.setProperty("blogwright.images.responsive", "false");
        export(content, work.resolve("warm-up"));
        deleteTree(work.resolve("warm-up"));
        for (String mode : List.of("false", "true")) {
            System.setProperty("blogwright.images.responsive", mode);
            Path out = work.resolve(mode.equals("true") ? "site-responsive" : "site-plain");
            long encoded = ImageVariants.encodedCount();
            double cpu = cpuSeconds();
            long first = export(content, out);
            double cpuFirst = cpuSeconds() - cpu;
            long copiesFirst = ImageVariants.encodedCount() - encoded;
            encoded = ImageVariants.encodedCount();
            cpu = cpuSeconds();
            long again = export(content, out);
            double cpuAgain = cpuSeconds() - cpu;
            long copiesAgain = ImageVariants.encodedCount() - encoded;
            // A second, empty folder: the copies come from the library's cache, not from a new resize.
            encoded = ImageVariants.encodedCount();
            cpu = cpuSeconds();
            long elsewhere = export(content, out.resolveSibling(out.getFileName() + "-2"));
            double cpuElsewhere = cpuSeconds() - cpu;
            long copiesElsewhere = ImageVariants.encodedCount() - encoded;
            say("responsive=%s: first export %d ms wall, %.1f s CPU (%d copies encoded); unchanged re-export %d ms"
                    + " wall, %.1f s CPU (%d encoded); into a second empty folder %d ms wall, %.1f s CPU (%d"
                    + " encoded); assets/ %.1f MB in %d files", mode, first, cpuFirst, copiesFirst, again, cpuAgain,
                    copiesAgain, elsewhere, cpuElsewhere, copiesElsewhere, size(out.resolve("assets")) / 1e6,
                    count(out.resolve("assets")));
        }
        say("load average after: %s", loadAverage());
    }

    private static long export(SiteContent content, Path out) throws IOException {
        long start = System.nanoTime();
        new ExportService().export(content, out, ExportOptions.of(ExportFormat.HTML)
                .withNow(Instant.parse("2026-12-07T00:00:00Z")), ExportProgress.NONE);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static List<String> makeImages(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        Random rnd = new Random(21);
        for (int i = 0; i < PHOTOS + SCREENSHOTS; i++) {
            boolean photo = i < PHOTOS;
            int w = photo ? 2400 : 1400;
            int h = photo ? 1600 : 900;
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(rnd.nextInt()), w, h, new Color(rnd.nextInt())));
            g.fillRect(0, 0, w, h);
            // Shapes and edges, so encoders have detail to keep, as in a photo or a screenshot.
            for (int s = 0; s < 400; s++) {
                g.setColor(new Color(rnd.nextInt(), true));
                g.setStroke(new BasicStroke(1 + rnd.nextInt(6)));
                g.drawOval(rnd.nextInt(w), rnd.nextInt(h), 20 + rnd.nextInt(300), 20 + rnd.nextInt(300));
            }
            g.dispose();
            String name = String.format(Locale.ROOT, photo ? "photo-%02d.jpg" : "screen-%02d.png", i);
            ImageIO.write(image, photo ? "jpg" : "png", dir.resolve(name).toFile());
            names.add(name);
        }
        return names;
    }

    private static List<Post> samplePosts(List<String> images) throws IOException {
        List<Post> posts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("assets", "sample", "posts"))) {
            for (Path file : files.sorted().toList()) {
                int i = posts.size();
                String body = Files.readString(file);
                posts.add(post(i, file.getFileName().toString().replace(".md", ""), "Sample " + i,
                        withImage(body, images.get((i + 1) % images.size())), "assets/" + images.get(i), List.of()));
            }
        }
        return posts;
    }

    private static List<Post> generatedPosts(int n, List<String> images) {
        PostGenerator generator = new PostGenerator(PostGenerator.DEFAULT_SEED);
        List<Post> posts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PostGenerator.GeneratedPost g = generator.post(i);
            String md = g.markdown();
            String body = md.substring(md.indexOf("\n---\n", 4) + 5);
            if (i % 3 == 0) {
                body = withImage(body, images.get(i % images.size()));
            }
            String featured = i % 5 == 0 ? "assets/" + images.get((i / 5) % PHOTOS) : "";
            posts.add(post(i, g.slug(), g.title(), body, featured, g.tags()));
        }
        return posts;
    }

    /** The body with an image after its first paragraph. */
    private static String withImage(String body, String image) {
        int end = body.indexOf("\n\n", body.indexOf("\n\n") + 2);
        String figure = "\n\n![A figure of the post](assets/" + image + ")\n\n";
        return end < 0 ? body + figure : body.substring(0, end) + figure + body.substring(end + 2);
    }

    private static Post post(int i, String slug, String title, String body, String featured, List<String> tags) {
        Instant at = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(3600L * 24 * i);
        return new Post.Builder().id(i + 1).slug(slug).title(title).status(PostStatus.PUBLISHED).createdAt(at)
                .updatedAt(at).publishedAt(at).position(i + 1).tags(tags).body(body).featuredImage(featured)
                .featuredImageAlt(featured.isEmpty() ? "" : "A photo").build();
    }

    private static List<Tag> tags(List<Post> posts) {
        Set<String> names = new LinkedHashSet<>();
        posts.forEach(p -> names.addAll(p.tags()));
        List<Tag> tags = new ArrayList<>();
        for (String name : names) {
            tags.add(new Tag(tags.size() + 1, name, name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
        }
        return tags;
    }

    private static BlogSettings settings() {
        return new BlogSettings("Blog", "Images bench", "", "Responsive images", "https://example.com/", "Bench",
                "en", 10, BlogSettings.DEFAULT_DATE_FORMAT, IndexOrder.MANUAL, "", false);
    }

    /**
     * CPU seconds of this process plus its finished children (the cwebp runs), from /proc: under a high load
     * average it says more than wall time; 0 where /proc is missing.
     */
    private static double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14-17 of proc(5) (utime, stime, cutime, cstime) are 12-15 after the name and state.
            long ticks = 0;
            for (int i = 11; i <= 14; i++) {
                ticks += Long.parseLong(f[i]);
            }
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
