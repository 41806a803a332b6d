package dev.blogwright.gui;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.editor.EditorServices;
import dev.blogwright.gui.editor.MarkdownEditorView;

/**
 * Makes the editor the main window shows in its centre. This is the one seam between the shell and the editor
 * package: the integrator replaces the body of {@link #current()} with the Markdown editor's constructor.
 */
@FunctionalInterface
public interface EditorFactory {
    PostEditor create(EditorServices services, DialogService dialogs);

    /** The editor of this build. */
    static EditorFactory current() {
        return (services, dialogs) -> new MarkdownEditorView(services, dialogs);
    }
}
