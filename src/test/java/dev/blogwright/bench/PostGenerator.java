package dev.blogwright.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes N realistic Markdown posts with YAML front matter, readable by our import and by Hugo alike. Post i
 * depends only on the seed and i, so the first 1,000 posts of a 10,000-post run are the 1,000-post run.
 */
public final class PostGenerator {
    public static final long DEFAULT_SEED = 20240611L;
    public static final int DRAFT_EVERY = 20;
    private static final Instant FIRST_DAY = Instant.parse("2015-01-01T00:00:00Z");
    private static final long TEN_YEARS_SECONDS = ChronoUnit.DAYS.getDuration().getSeconds() * 3652;

    private final long seed;

    public PostGenerator(long seed) {
        this.seed = seed;
    }

    /** Usage: {@code PostGenerator DIR N [SEED]}; writes DIR/00001-slug.md and so on. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: PostGenerator DIR N [SEED]");
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        new PostGenerator(seed).writeAll(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /** Writes posts 0..n-1 into {@code dir} (created if missing) and returns their files in order. */
    public List<Path> writeAll(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            GeneratedPost post = post(i);
            Path file = dir.resolve(post.fileName());
            Files.writeString(file, post.markdown(), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** The i-th post; the same for the same seed and i on every machine. */
    public GeneratedPost post(int i) {
        Random rnd = new Random(seed * 1_000_003L + i);
        String title = Words.title(rnd);
        String slug = String.format(Locale.ROOT, "p%05d-%s", i, Words.slug(title));
        Instant date = FIRST_DAY.plusSeconds((long) (rnd.nextDouble() * TEN_YEARS_SECONDS));
        String category = Words.CATEGORIES.get(rnd.nextInt(Words.CATEGORIES.size()));
        Set<String> tags = new LinkedHashSet<>();
        int tagCount = 2 + rnd.nextInt(4);
        while (tags.size() < tagCount) {
            tags.add(Words.TAGS.get(rnd.nextInt(Words.TAGS.size())));
        }
        boolean draft = i % DRAFT_EVERY == DRAFT_EVERY - 1;
        int targetWords = 600 + rnd.nextInt(901);
        String body = new PostBody(rnd, i).build(targetWords);
        StringBuilder md = new StringBuilder(body.length() + 300);
        md.append("---\n")
                .append("title: \"").append(title).append("\"\n")
                .append("date: ").append(date.truncatedTo(ChronoUnit.SECONDS)).append('\n')
                .append("slug: ").append(slug).append('\n')
                .append("categories: [\"").append(category).append("\"]\n")
                .append("tags: [").append(String.join(", ", tags.stream().map(t -> "\"" + t + "\"").toList()))
                .append("]\n");
        if (draft) {
            md.append("draft: true\n");
        }
        md.append("---\n\n").append(body);
        return new GeneratedPost(String.format(Locale.ROOT, "%05d-%s.md", i, Words.slug(title)), slug, title,
                category, List.copyOf(tags), draft, date, md.toString());
    }

    /** One generated file: its name, the fields written into its front matter, and the whole text. */
    public record GeneratedPost(String fileName, String slug, String title, String category, List<String> tags,
                                boolean draft, Instant date, String markdown) {
    }
}
