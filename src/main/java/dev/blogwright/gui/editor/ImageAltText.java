package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.DialogService;
import java.nio.file.Path;

/**
 * The alt text of an image entering a post, asked of the writer and suggested from the file name. An empty answer
 * (or Cancel: the dialog service cannot tell them apart) still inserts the image, without alt text, so a dropped
 * image is never lost to a dismissed question; {@code blogwright check} lists such images.
 */
final class ImageAltText {
    static final String TITLE = "Describe the image";

    private ImageAltText() {
    }

    static String ask(DialogService dialogs, Path file) {
        String suggested = MarkdownArea.altText(file);
        String answer = dialogs.ask(TITLE, "Alt text for " + file.getFileName()
                + ": what the image shows, for readers who cannot see it", suggested).orElse("");
        // Brackets and line breaks would end the Markdown image's label early.
        return answer.replaceAll("[\\r\\n]+", " ").replace("[", "\\[").replace("]", "\\]").strip();
    }
}
