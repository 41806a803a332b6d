package dev.blogwright.hardening;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.logic.asset.AssetService;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostStatus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/** Libraries of generated posts, big enough that an export takes a while. */
final class GeneratedLibraries {
    private GeneratedLibraries() {
    }

    /** Adds {@code count} published posts in five categories with tags, some showing one of three images. */
    static void fill(BlogLibrary lib, Path scratch, int count, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> images = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            images.add(AssetService.reference(lib.assets().add(png(scratch.resolve("image-" + i + ".png"), i))));
        }
        lib.database().run(() -> {
            for (int i = 0; i < count; i++) {
                StringBuilder body = new StringBuilder("## Part one\n\n");
                for (int w = 0; w < 300; w++) {
                    body.append(Long.toString(random.nextLong() & 0xfffff, 36)).append(w % 40 == 39 ? "\n\n" : " ");
                }
                if (i % 10 == 0) {
                    body.append("\n\n![Figure ").append(i).append("](").append(images.get(i % 3)).append(")\n");
                }
                body.append("\n\n```java\nint x = ").append(i).append(";\n```\n");
                lib.posts().create(Post.draft("Generated post " + i, body.toString())
                        .status(PostStatus.PUBLISHED).publishedAt(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 3600L))
                        .categoryId(lib.taxonomy().categoryNamed("Category " + (i % 5)).id())
                        .tags(List.of("tag-" + (i % 7), "tag-" + (i % 11))).build());
            }
        });
    }

    static Path png(Path file, int shade) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x102030 * (shade + 1));
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
