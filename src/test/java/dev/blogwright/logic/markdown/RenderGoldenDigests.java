package dev.blogwright.logic.markdown;

import dev.blogwright.bench.PostGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Digests of everything the renderer derives from a post, for {@link RenderGoldenTest}: the digest of one input
 * covers {@code renderPost} in both modes (HTML, words, excerpt), {@code render} in both modes, and
 * {@link PostText}'s word count, plain text and excerpt. Any change of output changes the digest.
 *
 * <p>The expected digests in {@value #RESOURCE} were computed with the renderer as it was before its rendering was
 * made faster (branch {@code render}, on top of 86137c0). Regenerate them only when the output is meant to change,
 * from the project folder (the corpus must be present for its digests to be written):
 * <pre>
 * mvn -B -o test -Dtest=RenderGoldenTest \
 *     -Dblogwright.golden.write=src/test/resources/markdown/render-golden.txt
 * </pre>
 */
final class RenderGoldenDigests {
    static final String RESOURCE = "/markdown/render-golden.txt";
    static final int GENERATED_POSTS = 2_000;
    /** Nesting shallow enough never to overflow the stack, deep enough to exercise the recursive renderers. */
    private static final int NESTING = 40;

    private static final MarkdownRenderer SAFE = new MarkdownRenderer(false);
    private static final MarkdownRenderer TRUSTED = new MarkdownRenderer(true);

    private RenderGoldenDigests() {
    }

    /** Inputs by key: spec examples, generated posts, XSS payloads, nesting shapes, then the corpus if present. */
    static Map<String, String> inputs() throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (SpecExamples.Example example : SpecExamples.load()) {
            inputs.put("spec:" + example.number(), example.markdown());
        }
        PostGenerator generator = new PostGenerator(PostGenerator.DEFAULT_SEED);
        for (int i = 0; i < GENERATED_POSTS; i++) {
            inputs.put("generated:" + i, generator.post(i).markdown());
        }
        List<String> payloads = xssPayloads();
        for (int i = 0; i < payloads.size(); i++) {
            inputs.put("xss:" + i, payloads.get(i));
        }
        inputs.putAll(nestingShapes());
        return inputs;
    }

    /** The corpus posts by path relative to the corpus; empty where the corpus is absent. */
    static Map<String, String> corpus() throws IOException {
        Path corpus = Path.of(System.getProperty("blogwright.shared", "../shared"), "corpus");
        Map<String, String> posts = new LinkedHashMap<>();
        if (!Files.isDirectory(corpus)) {
            return posts;
        }
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path post : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                posts.put("corpus:" + corpus.relativize(post).toString().replace('\\', '/'), Files.readString(post));
            }
        }
        return posts;
    }

    /** The payloads of {@code MarkdownSanitizerTest}, read the same way. */
    private static List<String> xssPayloads() throws IOException {
        try (InputStream in = RenderGoldenDigests.class.getResourceAsStream("/markdown/xss-payloads.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] blocks = text.split("(?m)^%%\\R");
            return List.of(blocks).subList(1, blocks.length);
        }
    }

    private static Map<String, String> nestingShapes() {
        Map<String, String> shapes = new LinkedHashMap<>();
        int n = NESTING;
        shapes.put("nested:quotes", ">".repeat(n) + " deep *text* and `code`");
        shapes.put("nested:lists", "- ".repeat(n) + "item **strong**");
        shapes.put("nested:ordered", "1. ".repeat(n) + "item");
        shapes.put("nested:emphasis", "*".repeat(n) + "a" + "*".repeat(n));
        shapes.put("nested:strong", "**a ".repeat(n) + "x" + " b**".repeat(n));
        shapes.put("nested:brackets", "[".repeat(n) + "a" + "]".repeat(n));
        shapes.put("nested:links", "[a [b](c) ".repeat(n) + "](d)".repeat(n));
        shapes.put("nested:images", "![".repeat(n) + "a" + "](b)".repeat(n));
        shapes.put("nested:html", "<div>".repeat(n) + "x *y*");
        shapes.put("nested:quote-lists", "> - ".repeat(n) + "z");
        shapes.put("nested:strike", "~~a ".repeat(n) + "x" + " b~~".repeat(n));
        return shapes;
    }

    /** SHA-256 hex of everything derived from {@code markdown}. */
    static String digest(String markdown) {
        StringBuilder all = new StringBuilder();
        for (MarkdownRenderer renderer : List.of(SAFE, TRUSTED)) {
            RenderedMarkdown post = renderer.renderPost(markdown, null);
            all.append(post.html()).append('\u0000').append(post.words()).append('\u0000').append(post.excerpt())
                    .append('\u0000').append(renderer.render(markdown)).append('\u0000');
        }
        all.append(PostText.wordCount(markdown)).append('\u0000').append(PostText.plainText(markdown))
                .append('\u0000').append(PostText.excerpt(null, markdown));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expected digests by key, as {@link #write} stored them. */
    static Map<String, String> expected() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        try (InputStream in = RenderGoldenDigests.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int tab = line.lastIndexOf('\t');
                    expected.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return expected;
    }

    /** Writes the digests of every input, corpus included, to {@code file}. */
    static void write(Path file) throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>(inputs());
        inputs.putAll(corpus());
        List<String> lines = new ArrayList<>();
        lines.add("# key<TAB>SHA-256 of renderPost/render (both modes) and PostText; see RenderGoldenDigests");
        inputs.forEach((key, markdown) -> lines.add(key + "\t" + digest(markdown)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
