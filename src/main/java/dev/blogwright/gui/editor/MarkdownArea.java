package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.BackgroundTasks;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The Markdown source area: a CodeArea with highlighting computed on a worker and applied only if the text did
 * not move on meanwhile, list continuation on Enter, and images pasted or dropped handed to the editor.
 */
public final class MarkdownArea extends CodeArea {
    static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif");
    private Consumer<List<Path>> onImageFiles = files -> { };
    private long edits;
    /** The styles last applied, and the span of text edited since then (in current positions), or -1. */
    private byte[] applied;
    private int dirtyFrom = -1;
    private int dirtyTo = -1;
    /** The find bar's matches, drawn over the Markdown styles; positions in the text they were found in. */
    private List<FindReplace.Match> marks = List.of();
    /** The edit count {@link #applied} was computed at, and whether marks changed while it was out of date. */
    private long appliedAt = -1;
    private boolean marksPending;
    /** Focus mode's bright span {start, end} (the rest is dimmed), or null when focus mode is off. */
    private int[] focus;
    /** The misspelled words, in current positions (moved along by edits); see {@link SpellingMarks}. */
    private List<FindReplace.Match> misspelled = List.of();

    public MarkdownArea() {
        getStyleClass().add("markdown-area");
        setWrapText(true);
        // A line break starts a new undo step (a pause of half a second does already, RichTextFX's default), so
        // Ctrl+Z takes back the last line or paragraph typed, not everything typed without a pause.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                getUndoManager().preventMerge();
            }
        });
        multiPlainChanges().successionEnds(Duration.ofMillis(80)).subscribe(c -> highlight());
        multiPlainChanges().subscribe(c -> edits++);
        plainTextChanges().subscribe(c -> {
            int p = c.getPosition();
            int insertedEnd = p + c.getInserted().length();
            int removedEnd = p + c.getRemoved().length();
            if (dirtyFrom < 0) {
                dirtyFrom = p;
                dirtyTo = insertedEnd;
            } else {
                // Carry the earlier edited span into the new positions, then add this edit.
                int carriedTo = dirtyTo <= p ? dirtyTo : Math.max(dirtyTo - removedEnd + insertedEnd, insertedEnd);
                dirtyFrom = Math.min(dirtyFrom, p);
                dirtyTo = Math.max(carriedTo, insertedEnd);
            }
            MisspelledRanges.Shifted shifted = MisspelledRanges.shift(misspelled, p, c.getRemoved().length(),
                    c.getInserted().length());
            misspelled = shifted.ranges();
            if (shifted.droppedFrom() >= 0) {
                dirtyFrom = Math.min(dirtyFrom, shifted.droppedFrom());
                dirtyTo = Math.max(dirtyTo, shifted.droppedTo());
            }
        });
        Nodes.addInputMap(this, InputMap.consume(EventPattern.keyPressed(KeyCode.ENTER), e -> enter()));
        setOnDragOver(e -> {
            if (!imageFiles(e.getDragboard().getFiles() == null ? List.of()
                    : e.getDragboard().getFiles().stream().map(File::toPath).toList()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            List<Path> images = imageFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            if (!images.isEmpty()) {
                moveTo(hit(e.getX(), e.getY()).getInsertionIndex());
                onImageFiles.accept(images);
            }
            e.setDropCompleted(!images.isEmpty());
            e.consume();
        });
    }

    private void enter() {
        if (getSelection().getLength() == 0) {
            var edit = ListContinuation.onEnter(getText(), getCaretPosition());
            if (edit.isPresent()) {
                replaceText(edit.get().start(), edit.get().end(), edit.get().text());
                return;
            }
        }
        replaceSelection("\n");
    }

    /** Images on the clipboard (files, or a bitmap written to a temporary PNG) go to the editor; text pastes. */
    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        List<Path> images = clipboard.hasFiles()
                ? imageFiles(clipboard.getFiles().stream().map(File::toPath).toList()) : List.of();
        if (!images.isEmpty()) {
            onImageFiles.accept(images);
        } else if (clipboard.hasImage() && !clipboard.hasString()) {
            onImageFiles.accept(List.of(ClipboardImages.toTempPng(clipboard.getImage())));
        } else {
            super.paste();
        }
    }

    /**
     * Re-highlights off the FX thread; the result is dropped if the text changed in the meantime. Only the
     * characters whose style changed, or that were edited since the last pass, are restyled, so typing in a
     * 1 MB post restyles a few characters instead of the whole document.
     */
    public void highlight() {
        String text = getText();
        long at = edits;
        byte[] before = applied;
        int from = dirtyFrom;
        int to = dirtyTo;
        BackgroundTasks.run(() -> MarkdownHighlighter.styles(text), styles -> {
            if (at != edits || getLength() != text.length()) {
                return;
            }
            int[] range = before == null || from < 0 || marksPending ? new int[] {0, styles.length}
                    : changedRange(before, styles, from, Math.min(to, styles.length));
            setStyleSpans(range[0], spans(styles, range[0], range[1]));
            applied = styles;
            appliedAt = at;
            marksPending = false;
            dirtyFrom = -1;
            dirtyTo = -1;
        }, e -> { });
    }

    /**
     * Marks the find bar's matches in the text (none to clear). The whole text is restyled from the last
     * highlighting, so marks that edits since moved along are dropped too; while that highlighting is out of
     * date, the next pass restyles the whole text instead.
     */
    public void markMatches(List<FindReplace.Match> matches) {
        if (matches.equals(marks)) {
            return;
        }
        marks = List.copyOf(matches);
        restyleAll();
    }

    /**
     * Focus mode: {@code [start, end)} stays in full colour and the rest is dimmed; a null range ends it. Only the
     * characters whose dimming changed are restyled, so following the caret costs little in a long post.
     */
    public void setFocusRange(int[] range) {
        int[] before = focus;
        if (Arrays.equals(before, range)) {
            return;
        }
        focus = range == null ? null : range.clone();
        if (applied == null || appliedAt != edits) {
            marksPending = true;
        } else if (before == null || range == null) {
            restyleAll();
        } else {
            int from = Math.min(Math.min(before[0], range[0]), applied.length);
            int to = Math.min(Math.max(before[1], range[1]), applied.length);
            if (to > from) {
                setStyleSpans(from, spans(applied, from, to));
            }
        }
    }

    /** Focus mode's bright range, or null when it is off. */
    public int[] focusRange() {
        return focus == null ? null : focus.clone();
    }

    private void restyleAll() {
        if (applied != null && appliedAt == edits) {
            setStyleSpans(0, spans(applied, 0, applied.length));
        } else {
            marksPending = true;
        }
    }

    /**
     * Underlines misspelled words ({@code ranges} in the current text, sorted). Only the span where the marks
     * differ from before is restyled, so a check after each pause in typing costs a few characters' styling.
     */
    public void markMisspelled(List<FindReplace.Match> ranges) {
        int[] changed = MisspelledRanges.difference(misspelled, ranges);
        misspelled = List.copyOf(ranges);
        if (changed == null) {
            return;
        }
        if (applied != null && appliedAt == edits && applied.length == getLength()) {
            int to = Math.min(changed[1], applied.length);
            if (changed[0] < to) {
                setStyleSpans(changed[0], spans(applied, changed[0], to));
            }
        } else {
            marksPending = true;
        }
    }

    /** The misspelled words' ranges in the current text. */
    public List<FindReplace.Match> misspelled() {
        return misspelled;
    }

    private StyleSpans<Collection<String>> spans(byte[] styles, int from, int to) {
        var spans = MisspelledRanges.overlay(MarkdownHighlighter.toSpans(styles, from, to, marks), misspelled, from, to);
        return focus == null ? spans : MarkdownHighlighter.dimOutside(spans, from, to, focus[0], focus[1]);
    }

    /** The smallest range holding the edited span and every character whose style differs from before. */
    static int[] changedRange(byte[] before, byte[] after, int editFrom, int editTo) {
        int delta = after.length - before.length;
        int start = Math.max(0, Math.min(editFrom, after.length));
        int first = 0;
        while (first < start && first < before.length && before[first] == after[first]) {
            first++;
        }
        int end = Math.max(start, editTo);
        int last = after.length;
        while (last > end && last - 1 - delta >= 0 && last - 1 - delta < before.length
                && before[last - 1 - delta] == after[last - 1]) {
            last--;
        }
        return new int[] {Math.min(first, start), Math.max(last, end)};
    }

    public void setOnImageFiles(Consumer<List<Path>> handler) {
        onImageFiles = handler;
    }

    static List<Path> imageFiles(List<Path> files) {
        return files.stream().filter(p -> {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return IMAGE_EXTENSIONS.contains(name.substring(name.lastIndexOf('.') + 1));
        }).toList();
    }

    /** Alt text from a file name: "team-photo_2024.png" → "team photo 2024". */
    static String altText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[-_]+", " ").strip();
    }
}
