package dev.blogwright.gui;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FxDialogService;
import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.Theme;
import dev.blogwright.gui.common.UiPreferences;
import dev.blogwright.gui.editor.MarkdownArea;
import dev.blogwright.gui.export.ServiceExportRunner;
import dev.blogwright.gui.importing.ServiceImportRunner;
import dev.blogwright.gui.startup.LibraryOpener;
import dev.blogwright.gui.startup.StartupDialog;
import dev.blogwright.logic.post.PostQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens every screen of the desktop app in turn, on a fresh library holding the sample blog, at one window size in
 * one theme, and hands each shown window to a visitor: the main window (with the Details pane open, with the
 * find/replace bar), every dialog reachable from the menus, the icon picker, an error and the start-up dialog.
 * {@link UiAuditTest} audits them; {@link #main} only writes their PNGs (README screenshots come from here).
 */
public final class UiScreens {
    /** What to do with each screen while it is showing; runs on the test thread. */
    public interface Visitor {
        void visit(String screen, Window window) throws Exception;
    }

    public record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    public static final List<Size> SIZES = List.of(new Size(1280, 800), new Size(1920, 1080));

    /** A post that uses every construct the editor highlights, so each style's contrast is on screen. */
    static final String HIGHLIGHTING_SAMPLE = """
            # Every style the editor highlights

            A paragraph with **bold words**, *italic words*, `inline code` and [a link](https://example.com).
            A mispelled word is underlined.

            > A quotation, set apart from the text.

            - a bulleted item
            1. a numbered item

            ```java
            System.out.println("fenced code");
            ```
            """;

    private final Path workDir;
    private final Theme theme;
    private final Size size;
    private MainWindow window;
    private Preferences node;

    public UiScreens(Path workDir, Theme theme, Size size) {
        this.workDir = workDir;
        this.theme = theme;
        this.size = size;
    }

    /** The file name of a screen's PNG, e.g. {@code 1280x800-dark-statistics.png}. */
    public String snapshotName(String screen) {
        return size + "-" + theme.key() + "-" + screen + ".png";
    }

    public void visitAll(Visitor visitor) throws Exception {
        openMainWindow();
        try {
            visitor.visit("main", window.stage());
            TitledPane details = (TitledPane) lookup(window.stage().getScene().getRoot(), ".titled-pane");
            // Without the animation: a snapshot taken while the pane slides open shows (and audits) only its top.
            fx(() -> {
                details.setAnimated(false);
                details.setExpanded(true);
            });
            pause(300);
            visitor.visit("main-details", window.stage());
            fx(() -> details.setExpanded(false));
            MarkdownArea area = (MarkdownArea) lookup(window.stage().getScene().getRoot(), ".markdown-area");
            fx(() -> {
                area.replaceText(HIGHLIGHTING_SAMPLE);
                area.moveTo(0);
            });
            pause(500);
            // Spelling marks come after a pause in typing (and the dictionary's first read): wait for them.
            long until = System.nanoTime() + 20_000_000_000L;
            while (call(() -> area.misspelled().isEmpty()) && System.nanoTime() < until) {
                pause(100);
            }
            visitor.visit("editor-highlighting", window.stage());
            visitWritingAids(area, visitor);
            fx(() -> window.viewModel().editor().replace());
            visitor.visit("find-replace", window.stage());
            Button pick = (Button) lookup(window.stage().getScene().getRoot(), ".icon-choose");
            visitNewWindow("icon-picker", () -> Platform.runLater(pick::fire), visitor);
            visitMenu("Blog settings…", "settings", visitor);
            visitMenu("Menus…", "menus", visitor);
            visitMenu("Export…", "export", visitor);
            visitMenu("Publish site…", "publish", visitor);
            visitMenu("Sync…", "sync", visitor);
            visitMenu("Problems…", "problems", visitor);
            visitImportPreview(visitor);
            visitMenu("Categories and tags…", "categories", visitor);
            visitMenu("Statistics…", "statistics", visitor);
            keepTwoRevisions();
            visitMenu("Revision history…", "history", visitor);
            visitMenu("Keyboard shortcuts", "shortcuts", visitor);
            visitMenu("About Blogwright", "about", visitor);
            visitNewWindow("error", () -> Platform.runLater(() -> new FxDialogService(window.stage()).showError(
                    "The post could not be saved: the disk is full.", new IOException("No space left on device"))),
                    visitor);
            visitNewWindow("startup", () -> Platform.runLater(() -> new StartupDialog().ask(new LibraryOpener.Failed(
                    workDir.resolve("broken.db"), "This file is not a Blogwright library.",
                    new IOException("file is not a database"), List.of()))), visitor);
        } finally {
            fx(() -> window.close());
            node.removeNode();
        }
    }

    private void openMainWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path file = workDir.resolve("library-" + UUID.randomUUID() + ".db");
        node = Preferences.userRoot().node("dev/blogwright/ui-audit-" + UUID.randomUUID());
        ShellPreferences prefs = new ShellPreferences(new UiPreferences(node));
        prefs.setTheme(theme);
        prefs.setWindow(new ShellPreferences.Bounds(0, 0, size.width(), size.height(), false));
        fx(() -> {
            BlogLibrary library = BlogLibrary.open(file, OpenMode.CREATE);
            library.installSample();
            // A word goal on every post, so the status bar's progress ring is on every screen that shows it.
            library.posts().posts(PostQuery.all())
                    .forEach(p -> library.goals().set(p.id(), "1000"));
            window = new MainWindow(new Stage(), library, prefs, EditorFactory.current(),
                    new ServiceExportRunner(),
                    new ServiceImportRunner(), uri -> { });
            // The headless screen is 1280x800; the window may be larger than the screen, as on a big monitor.
            window.stage().setWidth(size.width());
            window.stage().setHeight(size.height());
            window.show();
        });
        TableView<?> table = (TableView<?>) lookup(window.stage().getScene().getRoot(), ".post-list .table-view");
        settle(() -> table.getItems().size() >= 6 && lookupOrNull(window.stage().getScene().getRoot(),
                ".markdown-area") != null);
        fx(() -> table.getSelectionModel().clearAndSelect(0));
        settle(() -> window.viewModel().editor().currentPostProperty().get() != null);
        pause(600);
    }

    /** Two saved revisions, so the history lists something and shows a diff. */
    private void keepTwoRevisions() throws Exception {
        MarkdownArea area = (MarkdownArea) lookup(window.stage().getScene().getRoot(), ".markdown-area");
        fx(() -> window.viewModel().editor().saveWithRevision());
        fx(() -> area.appendText("\n\nA closing paragraph, added to have something to compare.\n"));
        fx(() -> window.viewModel().editor().saveWithRevision());
        pause(300);
    }

    /** The outline panel and focus mode on a paragraph (the word goal's ring is on), then both off again. */
    private void visitWritingAids(MarkdownArea area, Visitor visitor) throws Exception {
        MenuButton aids = (MenuButton) lookup(
                window.stage().getScene().getRoot(), ".writing-aids");
        fx(() -> {
            ((CheckMenuItem) item(aids, "Outline")).setSelected(true);
            item(aids, "Focus on the paragraph").fire();
            area.moveTo(area.getText().indexOf('\n') + 1);
        });
        pause(700);
        visitor.visit("writing-aids", window.stage());
        fx(() -> {
            ((CheckMenuItem) item(aids, "Outline")).setSelected(false);
            item(aids, "No focus").fire();
        });
        pause(300);
    }

    private static MenuItem item(MenuButton button, String text) {
        return button.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    private void visitImportPreview(Visitor visitor) throws Exception {
        Path source = workDir.resolve("import-" + UUID.randomUUID());
        Files.createDirectories(source);
        Files.writeString(source.resolve("hello-world.md"), """
                ---
                title: Hello from another blog
                date: 2024-03-01
                tags: [imported, notes]
                ---
                A post brought over from a Jekyll site.
                """);
        visitNewWindow("import-preview", () -> fireMenu("Import…"), (screen, dialog) -> {
            Parent root = dialog.getScene().getRoot();
            @SuppressWarnings("unchecked")
            ListView<Path> sources = (ListView<Path>) lookup(root, ".list-view");
            TableView<?> plan = (TableView<?>) lookup(root, ".table-view");
            fx(() -> sources.getItems().add(source));
            Button preview = (Button) root.lookupAll(".button").stream()
                    .filter(n -> n instanceof Button b && "Preview".equals(b.getText())).findFirst().orElseThrow();
            fx(preview::fire);
            settle(() -> !plan.getItems().isEmpty());
            visitor.visit(screen, dialog);
        });
    }

    private void visitMenu(String item, String screen, Visitor visitor) throws Exception {
        visitNewWindow(screen, () -> fireMenu(item), visitor);
    }

    private void fireMenu(String text) {
        for (Menu menu : window.view().menuBar().getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (text.equals(item.getText())) {
                    // Later: some dialogs block in showAndWait, which must not hold the test thread.
                    Platform.runLater(item::fire);
                    return;
                }
            }
        }
        throw new IllegalStateException("No menu item \"" + text + "\"");
    }

    /** Runs {@code opener}, waits for the one window it shows, visits it and closes it again. */
    private void visitNewWindow(String screen, Runnable opener, Visitor visitor) throws Exception {
        Set<Window> before = new HashSet<>(call(() -> new ArrayList<>(Window.getWindows())));
        opener.run();
        Window[] shown = new Window[1];
        settle(() -> {
            shown[0] = Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).findFirst()
                    .orElse(null);
            return shown[0] != null;
        });
        pause(700);
        try {
            visitor.visit(screen, shown[0]);
        } finally {
            close(shown[0]);
        }
    }

    /** Closes a dialog through its cancel or close button (so showAndWait returns), anything else by hiding it. */
    private static void close(Window w) throws Exception {
        fx(() -> {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                for (ButtonType type : pane.getButtonTypes()) {
                    if (type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE && pane.lookupButton(type)
                            instanceof Button b) {
                        b.fire();
                        return;
                    }
                }
            }
            w.hide();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !w.isShowing());
    }

    /** A PNG of the window's scene. */
    public static void snapshot(Window w, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        WritableImage image = call(() -> w.getScene().snapshot(null));
        Snapshots.writePng(image, file);
    }

    static Node lookup(Parent root, String selector) throws Exception {
        Node n = call(() -> root.lookup(selector));
        if (n == null) {
            throw new IllegalStateException("Nothing matches " + selector + " in " + root);
        }
        return n;
    }

    private static Node lookupOrNull(Parent root, String selector) {
        return root.lookup(selector);
    }

    static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T call(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private static void settle(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return call(condition::getAsBoolean);
        });
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Writes every screen's PNG, both themes, both sizes, under {@code target/ui-snapshots} (or the folder given):
     * {@code mvn -B -o test -Dtest=UiAuditTest} does the same and audits them too.
     */
    public static void main(String[] args) throws Exception {
        for (String[] p : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
                {"headless.geometry", "1920x1080-32"}, {"prism.order", "sw"}, {"prism.text", "t2k"},
                {"testfx.robot", "glass"}, {"testfx.headless", "true"}}) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
        Path out = Path.of(args.length > 0 ? args[0] : "target/ui-snapshots");
        Path work = Files.createTempDirectory("ui-screens");
        for (Theme theme : Theme.values()) {
            for (Size size : SIZES) {
                UiScreens screens = new UiScreens(work, theme, size);
                screens.visitAll((screen, w) -> snapshot(w, out.resolve(screens.snapshotName(screen))));
            }
        }
        System.out.println("Snapshots written to " + out.toAbsolutePath());
        Platform.exit();
    }
}
