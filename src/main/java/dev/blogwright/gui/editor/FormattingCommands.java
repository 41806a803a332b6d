package dev.blogwright.gui.editor;

/**
 * The formatting commands of the toolbar and the shortcuts: each applies a {@link MarkdownFormatter} edit to the
 * area as an undo step of its own and selects what the writer will want to type over.
 */
final class FormattingCommands {
    private final MarkdownArea area;

    FormattingCommands(MarkdownArea area) {
        this.area = area;
    }

    void apply(MarkdownFormatter.Edit edit) {
        // A formatting command or an inserted image is an undo step of its own, apart from the typing around it.
        area.getUndoManager().preventMerge();
        area.replaceText(edit.start(), edit.end(), edit.text());
        area.getUndoManager().preventMerge();
        area.selectRange(edit.selStart(), edit.selEnd());
        area.requestFocus();
    }

    void wrap(String marker, String placeholder) {
        apply(MarkdownFormatter.wrap(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd(),
                marker, placeholder));
    }

    void prefix(String prefix) {
        apply(MarkdownFormatter.prefixLines(area.getText(), area.getSelection().getStart(),
                area.getSelection().getEnd(), prefix));
    }

    void table() {
        apply(MarkdownFormatter.table(area.getText(), area.getCaretPosition()));
    }

    void bold() {
        wrap("**", "bold text");
    }

    void italic() {
        wrap("*", "italic text");
    }

    void link() {
        apply(MarkdownFormatter.link(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd(),
                "https://"));
    }

    /** A reference to an image in the library, at the caret. */
    void image(String alt, String reference) {
        int caret = area.getCaretPosition();
        apply(MarkdownFormatter.image(area.getText(), caret, caret, alt, reference));
    }
}
