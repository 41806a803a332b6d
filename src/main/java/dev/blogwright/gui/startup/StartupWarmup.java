package dev.blogwright.gui.startup;

import dev.blogwright.gui.common.EmojiImages;
import dev.blogwright.gui.common.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Uses the FX thread's wait for the library (about a second of cold SQLite and JVM work on a worker): parses the
 * theme's stylesheet and styles and lays out one of each control the main window's first frame shows, so their
 * skins and the CSS code are loaded when the real window is built. The scene is thrown away.
 */
public final class StartupWarmup {
    private StartupWarmup() {
    }

    /** On the FX thread, before the main window is built. */
    public static void prepare(Theme theme) {
        theme.apply();
        TableView<String> table = new TableView<>();
        table.getColumns().add(new TableColumn<>("Title"));
        VBox root = new VBox(new MenuBar(new Menu("File")), new TextField(), new ToggleButton("All"),
                new Button("New"), new ComboBox<String>(), new SplitPane(table, new StackPane()), new ProgressBar(),
                new Label("Ready"));
        new Scene(root, 800, 600);
        root.applyCss();
        root.layout();
        // The list draws post icons in its first frame: read the emoji set (3 MB) now rather than then.
        EmojiImages.shared();
    }
}
