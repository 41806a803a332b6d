package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.BackgroundTasks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import org.fxmisc.richtext.CodeArea;
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

    public MarkdownArea() {
        getStyleClass().add("markdown-area");
        setWrapText(true);
        multiPlainChanges().successionEnds(Duration.ofMillis(80)).subscribe(c -> highlight());
        multiPlainChanges().subscribe(c -> edits++);
        Nodes.addInputMap(this, InputMap.consume(EventPattern.keyPressed(KeyCode.ENTER), e -> enter()));
        setOnDragOver(e -> {
            if (!imageFiles(e.getDragboard().getFiles() == null ? List.of()
                    : e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            List<Path> images = imageFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
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
                ? imageFiles(clipboard.getFiles().stream().map(java.io.File::toPath).toList()) : List.of();
        if (!images.isEmpty()) {
            onImageFiles.accept(images);
        } else if (clipboard.hasImage() && !clipboard.hasString()) {
            onImageFiles.accept(List.of(ClipboardImages.toTempPng(clipboard.getImage())));
        } else {
            super.paste();
        }
    }

    /** Re-highlights now, off the FX thread; the result is dropped if the text changed in the meantime. */
    public void highlight() {
        String text = getText();
        long at = edits;
        BackgroundTasks.run(() -> MarkdownHighlighter.highlight(text), spans -> {
            if (at == edits && getLength() == text.length()) {
                setStyleSpans(0, spans);
            }
        }, e -> { });
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
