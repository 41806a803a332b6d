package dev.blogwright.gui.publish;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.Publishing;
import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.UiExecutor;
import javafx.stage.Window;

/** Opens File ▸ Publish site… for the open library; the one entry the main window needs. */
public final class PublishWindow {
    private PublishWindow() {
    }

    public static PublishDialog open(Window owner, BlogLibrary library, DialogService dialogs, UiExecutor exec) {
        PublishViewModel vm = new PublishViewModel(Publishing.of(library), dialogs, exec, BackgroundTasks::onFx,
                reason -> PasswordPrompt.ask(owner, reason));
        PublishDialog dialog = new PublishDialog(owner, vm);
        dialog.show();
        return dialog;
    }
}
