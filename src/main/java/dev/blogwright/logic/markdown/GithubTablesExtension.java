package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * The table rules of GitHub's spec that flexmark's tables extension has no option for, applied to the tables it
 * made: a table goes on until a blank line or another block, so the paragraph lines right under it that hold no
 * {@code |} are rows of one cell (flexmark ends the table at the first such line); a {@code \|} inside a cell's
 * code span is a pipe (GitHub unescapes it before the cell's inline parse, so {@code `\|`} shows {@code |}); and a
 * table without body rows has no {@code <tbody>}. Its options (column count rules) are set in
 * {@link MarkdownSyntax}. Only block nodes are walked, since a table never sits inside an inline.
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
        if (table.getNext() instanceof Paragraph paragraph && continues(table, paragraph)
                && table.getLastChild() instanceof TableBody body) {
            LazyRows.absorb(paragraph, body, headerCells(table));
        }
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

    /** Whether the paragraph's first line is the line right after the table's last one (no blank line between). */
    private static boolean continues(TableBlock table, Paragraph paragraph) {
        BasedSequence source = table.getChars().getBaseSequence();
        int lineBreak = source.lastIndexOf('\n', paragraph.getStartOffset() - 1);
        if (lineBreak < 0) {
            return false;
        }
        int previousLine = source.lastIndexOf('\n', lineBreak - 1) + 1;
        return table.getEndOffset() > previousLine && table.getStartOffset() < lineBreak;
    }

    /** The cells of the header row: a lazy row takes their count and alignments. */
    private static List<TableCell> headerCells(TableBlock table) {
        List<TableCell> cells = new ArrayList<>();
        if (table.getFirstChild() instanceof TableHead head && head.getLastChild() != null) {
            for (Node cell = head.getLastChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell tableCell) {
                    cells.add(tableCell);
                }
            }
        }
        return cells;
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
