package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The two table rules of GitHub's spec that flexmark's tables extension has no option for, applied to the tables it
 * made: a {@code \|} inside a cell's code span is a pipe (GitHub unescapes it before the cell's inline parse, so
 * {@code `\|`} shows {@code |}), and a table without body rows has no {@code <tbody>}. Its options (column count
 * rules) are set in {@link MarkdownSyntax}. Only block nodes are walked, since a table never sits inside an inline.
 */
final class GithubTablesExtension implements Parser.ParserExtension {
    private GithubTablesExtension() {
    }

    static GithubTablesExtension create() {
        return new GithubTablesExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // The tables options live with the dialect's other options in MarkdownSyntax.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new DocumentPostProcessorFactory() {
            @Override
            public DocumentPostProcessor apply(Document document) {
                return new DocumentPostProcessor() {
                    @Override
                    public Document processDocument(Document document) {
                        blocks(document);
                        return document;
                    }
                };
            }
        });
    }

    private static void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableBlock table) {
                adjust(table);
            } else if (node instanceof Block && !(node instanceof Paragraph) && node.hasChildren()) {
                blocks(node);
            }
        }
    }

    private static void adjust(TableBlock table) {
        Node last = table.getLastChild();
        if (last instanceof TableBody && !last.hasChildren()) {
            last.unlink();
        }
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        unescapePipesInCode(cell);
                    }
                }
            }
        }
    }

    /** Code spans of a cell, at any depth (a code span may sit inside a link or emphasis). */
    private static void unescapePipesInCode(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Code code) {
                if (code.getText().indexOf("\\|") >= 0) {
                    code.setText(code.getText().replace("\\|", "|"));
                    for (Node child = code.getFirstChild(); child != null; child = child.getNext()) {
                        if (child instanceof Text text) {
                            text.setChars(text.getChars().replace("\\|", "|"));
                        }
                    }
                }
            } else if (node.hasChildren()) {
                unescapePipesInCode(node);
            }
        }
    }
}
