package dev.blogwright.gui.editor;

import impl.org.controlsfx.skin.NotificationBar;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's notice (a ControlsFX notification bar) slides in over a few hundred milliseconds: a click aimed at
 * one of its buttons meanwhile lands beside it. These tests wait for the slide's end, not for a guessed time.
 */
final class NoticeBars {
    private NoticeBars() {
    }

    /** Waits until the bar holding {@code inBar} has slid all the way in and the scene is laid out for it. */
    static void waitUntilSlidIn(Node inBar) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Parent bar = inBar.getParent();
            while (bar != null && !(bar instanceof NotificationBar)) {
                bar = bar.getParent();
            }
            return bar instanceof NotificationBar b && b.transition.get() == 1.0 && inBar.isVisible()
                    && inBar.getScene() != null && !inBar.getScene().getRoot().isNeedsLayout();
        }).get());
    }
}
