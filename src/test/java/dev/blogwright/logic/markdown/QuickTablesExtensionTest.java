package dev.blogwright.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick tables extension parses every input into the tree flexmark's own tables extension makes. */
class QuickTablesExtensionTest {
    private static final Parser ORIGINAL = parser(true);
    private static final Parser QUICK = parser(false);

    /** The product's parser as {@link MarkdownSyntax} builds it, with flexmark's own tables extension if asked. */
    private static Parser parser(boolean flexmarksTables) {
        List<Extension> extensions = new ArrayList<>();
        for (Extension e : Parser.EXTENSIONS.get(MarkdownSyntax.OPTIONS)) {
            extensions.add(flexmarksTables && e instanceof QuickTablesExtension ? TablesExtension.create() : e);
        }
        DataHolder options = new MutableDataSet(MarkdownSyntax.OPTIONS).set(Parser.EXTENSIONS, extensions)
                .toImmutable();
        return Parser.builder(options).build();
    }

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
    void everyInputParsesAsWithFlexmarksTables() throws IOException {
        List<String> inputs = new ArrayList<>();
        RenderGoldenDigests.inputs().forEach((key, markdown) -> {
            // A few hundred generated posts show every shape the generator makes.
            if (!key.startsWith("generated:") || Integer.parseInt(key.substring("generated:".length())) < 300) {
                inputs.add(markdown);
            }
        });
        inputs.addAll(RenderGoldenDigests.corpus().values());
        inputs.add("a | b\n--|--\n1 | 2\n\n| one |\n|:---:|\n| x |\n[caption]\n\nno pipe\n| a |\n|---|\n");
        for (String markdown : inputs) {
            assertThat(tree(QUICK.parse(markdown))).as(markdown).isEqualTo(tree(ORIGINAL.parse(markdown)));
        }
    }

    @Test
    void onlyParagraphsWithAPipeOnTheirFirstLineCanOpenATable() {
        assertThat(new QuickTablesExtension.PipeFinder().mayOpenTable((Paragraph)
                QUICK.parse("a | b\nc").getFirstChild())).isTrue();
        assertThat(new QuickTablesExtension.PipeFinder().mayOpenTable((Paragraph)
                QUICK.parse("a b\nc | d").getFirstChild())).isFalse();
    }
}
