package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.blogwright.bench.PostGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quick autolink extension must give exactly what flexmark's own autolink extension gives: both dialects
 * parse and render the CommonMark spec, hand-picked link shapes, generated posts, the XSS payloads and (when
 * present) the shared corpus, and must agree on the tree and the HTML.
 */
class QuickAutolinkExtensionTest {
    private static final List<String> LINK_SHAPES = List.of(
            "Visit https://example.com/path?q=1 today.",
            "See www.example.com and WWW.EXAMPLE.ORG, not www-example or wwwx.",
            "Mail ada@example.com or ada&#64;example.com or ada\\@example.com.",
            "A scheme only: https:// and ftp://host/x, foo:bar, mailto:x@y.z",
            "*emphasis around http://a.b/c* and `code http://not.linked` and [text](http://x.y)",
            "Entity colon https&#58;//example.com and &amp; alone",
            "> quote with www.quoted.example\n\n- item http://list.example\n\n| a | b |\n|---|---|\n| http://t.c | x@y.z |",
            "Plain words only, nothing to link here at all.");

    private static final Parser ORIGINAL = parserWith(AutolinkExtension.create());
    private static final Parser QUICK = parserWith(QuickAutolinkExtension.create());
    private static final HtmlRenderer HTML = HtmlRenderer.builder(MarkdownSyntax.OPTIONS).build();

    /** The product's dialect with its autolink extension replaced by {@code autolink}. */
    private static Parser parserWith(Extension autolink) {
        List<Extension> extensions = new ArrayList<>();
        for (Extension e : Parser.EXTENSIONS.get(MarkdownSyntax.OPTIONS)) {
            extensions.add(e instanceof QuickAutolinkExtension ? autolink : e);
        }
        DataHolder options = new MutableDataSet(MarkdownSyntax.OPTIONS).set(Parser.EXTENSIONS, extensions)
                .toImmutable();
        return Parser.builder(options).build();
    }

    private static void assertSameHtml(String markdown) {
        Document quick = QUICK.parse(markdown);
        Document original = ORIGINAL.parse(markdown);
        assertThat(tree(quick)).as(markdown).isEqualTo(tree(original));
        assertThat(HTML.render(quick)).as(markdown).isEqualTo(HTML.render(original));
    }

    /** Every node of the tree, with its depth, kind and source range: two parses agree if these do. */
    private static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        tree(node, 0, out);
        return out.toString();
    }

    private static void tree(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            tree(child, depth + 1, out);
        }
    }

    @Test
    void generatedPostsParseAsWithFlexmarksExtension() {
        PostGenerator generator = new PostGenerator(PostGenerator.DEFAULT_SEED);
        for (int i = 0; i < 300; i++) {
            assertSameHtml(generator.post(i).markdown());
        }
    }

    @Test
    void xssPayloadsParseAsWithFlexmarksExtension() throws IOException {
        RenderGoldenDigests.inputs().forEach((key, markdown) -> {
            if (key.startsWith("xss:") || key.startsWith("nested:")) {
                assertSameHtml(markdown);
            }
        });
    }

    @Test
    void linkShapesRenderAsWithFlexmarksExtension() {
        LINK_SHAPES.forEach(QuickAutolinkExtensionTest::assertSameHtml);
        assertThat(HTML.render(QUICK.parse(LINK_SHAPES.get(0)))).contains("<a href=\"https://example.com/path?q=1\"");
    }

    @Test
    void everySpecExampleRendersAsWithFlexmarksExtension() {
        SpecExamples.load().forEach(example -> assertSameHtml(example.markdown()));
    }

    @Test
    void corpusPostsRenderAsWithFlexmarksExtension() throws IOException {
        CorpusPosts.markdown().forEach(QuickAutolinkExtensionTest::assertSameHtml);
    }

    @Test
    void onlyTextWithALinkCandidateIsScanned() {
        assertThat(QuickAutolinkExtension.mayHoldLink("no link here")).isFalse();
        assertThat(QuickAutolinkExtension.mayHoldLink("ww.w.")).isFalse();
        assertThat(QuickAutolinkExtension.mayHoldLink("at Www.x")).isTrue();
        assertThat(QuickAutolinkExtension.mayHoldLink("a:b")).isTrue();
        assertThat(QuickAutolinkExtension.mayHoldLink("a@b")).isTrue();
        assertThat(QuickAutolinkExtension.mayHoldLink("&#64;")).isTrue();
    }
}
