package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inline parser that matches on a string copy must build the very tree flexmark's own builds: the same node
 * types with the same source offsets and extra fields, for the whole CommonMark spec, the inline shapes that go
 * through its regex matching, and (when present) the shared corpus.
 */
class StringMatchingInlineParserTest {
    private static final List<String> INLINE_SHAPES = List.of(
            "[link](/url \"title\") [ref] [ref][] [text][ref] ![img](a.png 'single')\n\n[ref]: /target \"Ref title\"",
            "[spaced]( <angle dest> \n 'title on next line' ) and [multi\nline](http://x.y)",
            "Backticks `a` ``b ` c`` ```unclosed and `code\nacross lines` and \\`escaped`",
            "<https://auto.link> <mail@example.com> <span class=\"x\">html</span> <!-- comment --> &amp; &#35; &copy",
            "*em* **strong** _under_ __both__ ***mixed*** ~~del~~ ++ins++ ^sup^ a\\*b\\_c",
            "Footnote[^note] and [^missing].\n\n[^note]: The note with `code` and [a link](/n).",
            "NUL \u0000 inside [a\u0000b](/c\u0000d) and `x\u0000y`",
            "Nested [[brackets] inside](/u) and [not a link] and ![alt *em*](/i \"t\")",
            "Entities in links [a](/u?x=1&amp;y=2 \"t &quot;q&quot;\") and trailing spaces  \nhard break\\\nescaped break",
            "Unicode ünïcödé [lïnk](/ü) 日本語 `コード` — “quotes”");

    private static final Parser FLEXMARK = Parser.builder(MarkdownSyntax.OPTIONS).build();

    private static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        dump(root, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        node.astString(out, true);
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    private static void assertSameTree(String markdown) {
        // MarkdownSyntax.parse hands flexmark the body without its front matter; flexmark gets the same here.
        assertThat(tree(MarkdownSyntax.parse(markdown))).as(markdown)
                .isEqualTo(tree(FLEXMARK.parse(ParserInput.prepare(markdown))));
    }

    @Test
    void inlineShapesParseAsWithFlexmarksParser() {
        INLINE_SHAPES.forEach(StringMatchingInlineParserTest::assertSameTree);
        assertThat(tree(MarkdownSyntax.parse(INLINE_SHAPES.get(0)))).contains("Link[", "LinkRef[", "Image[");
    }

    @Test
    void everySpecExampleParsesAsWithFlexmarksParser() {
        SpecExamples.load().forEach(example -> assertSameTree(example.markdown()));
    }

    @Test
    void generatedPostsPayloadsAndNestingParseAsWithFlexmarksParser() throws IOException {
        RenderGoldenDigests.inputs().forEach((key, markdown) -> {
            if (!key.startsWith("generated:") || Integer.parseInt(key.substring("generated:".length())) < 300) {
                assertSameTree(markdown);
            }
        });
    }

    @Test
    void corpusPostsParseAsWithFlexmarksParser() throws IOException {
        CorpusPosts.markdown().forEach(StringMatchingInlineParserTest::assertSameTree);
    }

    @Test
    void sequenceTextReadsLikeFlexmarksToString() {
        BasedSequence document = BasedSequence.of("ab\u0000cd efg");
        for (BasedSequence chars : List.of(document, document.subSequence(1, 5), document.subSequence(6, 6),
                document.subSequence(0, 2).append(document.subSequence(6, 9)))) {
            assertThat(SequenceText.of(chars)).isEqualTo(chars.toString());
        }
        assertThat(SequenceText.of(document.subSequence(1, 4))).isEqualTo("b\uFFFDc");
    }
}
