package dev.blogwright.logic.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the leading lines of a paragraph that continues a table into the table, one row each, as GitHub reads them
 * ("| a | b |\n|---|---|\n| 1 | 2 |\nbar" has the row "bar | "). A line is taken while it holds no {@code |} (a row
 * with pipes would need cells split out of inlines already parsed; flexmark leaves it a paragraph), is not indented
 * as code, and its inlines end on it (emphasis running over the line break keeps the rest a paragraph).
 */
final class LazyRows {
    private static final int CODE_INDENT = 4;

    private LazyRows() {
    }

    static void absorb(Paragraph paragraph, TableBody body, List<TableCell> header) {
        List<BasedSequence> lines = paragraph.getContentLines();
        int taken = 0;
        Node node = paragraph.getFirstChild();
        while (taken < lines.size() && node != null) {
            BasedSequence line = lines.get(taken);
            if (line.indexOf('|') >= 0 || indent(line) >= CODE_INDENT || header.isEmpty()) {
                break;
            }
            List<Node> inlines = new ArrayList<>();
            Node after = node;
            while (after != null && !(after instanceof SoftLineBreak || after instanceof HardLineBreak)) {
                inlines.add(after);
                after = after.getNext();
            }
            int lineEnd = line.getEndOffset();
            if (inlines.isEmpty() || inlines.stream().anyMatch(n -> n.getEndOffset() > lineEnd)) {
                break;
            }
            body.appendChild(row(inlines, header));
            node = after == null ? null : after.getNext();
            if (after != null) {
                after.unlink();
            }
            taken++;
        }
        if (taken == 0) {
            return;
        }
        body.setCharsFromContent();
        body.getParent().setCharsFromContent();
        if (taken == lines.size() || !paragraph.hasChildren()) {
            paragraph.unlink();
        } else {
            paragraph.setContent(new ArrayList<>(lines.subList(taken, lines.size())));
        }
    }

    private static int indent(BasedSequence line) {
        int columns = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            columns += line.charAt(i) == '\t' ? CODE_INDENT - columns % CODE_INDENT : 1;
        }
        return columns;
    }

    /** A row of the line's inlines in the first cell, then empty cells up to the header's count. */
    private static TableRow row(List<Node> inlines, List<TableCell> header) {
        TableRow row = new TableRow();
        for (int column = 0; column < header.size(); column++) {
            TableCell cell = new TableCell();
            cell.setHeader(false);
            cell.setAlignment(header.get(column).getAlignment());
            if (column == 0) {
                inlines.forEach(inline -> {
                    inline.unlink();
                    cell.appendChild(inline);
                });
                cell.setCharsFromContent();
                cell.setText(cell.getChars());
            }
            row.appendChild(cell);
        }
        row.setCharsFromContent();
        return row;
    }
}
