package dev.blogwright.gui;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.gui.common.DialogService;

/**
 * Makes the editor the main window shows in its centre. This is the one seam between the shell and the editor
 * package: the integrator replaces the body of {@link #current()} with the Markdown editor's constructor.
 */
@FunctionalInterface
public interface EditorFactory {
    PostEditor create(BlogLibrary library, DialogService dialogs);

    /** The editor of this build. */
    static EditorFactory current() {
        return (library, dialogs) -> new dev.blogwright.gui.editor.MarkdownEditorView(library, dialogs);
    }
}
