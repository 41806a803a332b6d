package dev.blogwright.gui;

import dev.blogwright.app.AppVersion;
import dev.blogwright.gui.categories.TaxonomyDialog;
import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.export.ExportDialog;
import dev.blogwright.gui.export.ExportRunner;
import dev.blogwright.gui.export.ExportViewModel;
import dev.blogwright.gui.export.SitePreview;
import dev.blogwright.gui.importing.ImportDialog;
import dev.blogwright.gui.importing.ImportRunner;
import dev.blogwright.gui.importing.ImportViewModel;
import dev.blogwright.gui.menus.MenusDialog;
import dev.blogwright.gui.problems.ProblemPlaces;
import dev.blogwright.gui.problems.ProblemsDialog;
import dev.blogwright.gui.problems.ProblemsViewModel;
import dev.blogwright.gui.publish.PublishWindow;
import dev.blogwright.gui.settings.BlogSettingsDialog;
import dev.blogwright.gui.stats.StatsDialog;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** Opens the secondary windows of the shell, each with its own view model. */
public final class ShellDialogs {
    private final MainViewModel main;
    private final ViewModels models;
    private final DialogService dialogs;
    private final UiExecutor exec;
    private final ExportRunner exportRunner;
    private final ImportRunner importRunner;
    private final Consumer<String> openInSystem;
    private Window owner;
    private Runnable closeRequest = () -> { };
    private ProblemsViewModel problems;
    private ProblemsDialog problemsDialog;
    private final SitePreview sitePreview;

    /** {@code exportRunner}/{@code importRunner} may be null: their menu items are then disabled. */
    public ShellDialogs(MainViewModel main, DialogService dialogs, UiExecutor exec, ExportRunner exportRunner,
                        ImportRunner importRunner, Consumer<String> openInSystem) {
        this.main = main;
        this.models = new ViewModels(main.library());
        this.dialogs = dialogs;
        this.exec = exec;
        this.exportRunner = exportRunner;
        this.importRunner = importRunner;
        this.openInSystem = openInSystem;
        this.sitePreview = new SitePreview(main.preferences()::exportFolder, openInSystem, dialogs);
    }

    void attach(Window window, Runnable onCloseRequest) {
        this.owner = window;
        this.closeRequest = onCloseRequest;
    }

    boolean canExport() {
        return exportRunner != null;
    }

    boolean canImport() {
        return importRunner != null;
    }

    void requestClose() {
        closeRequest.run();
    }

    void showExport() {
        if (exportRunner != null) {
            ExportViewModel export = models.export(exportRunner, main.preferences(), dialogs, exec,
                    BackgroundTasks::onFx);
            export.resultProperty().addListener((o, a, done) -> {
                if (done != null) {
                    sitePreview.exported(Path.of(export.targetProperty().get().strip()).toAbsolutePath());
                }
            });
            new ExportDialog(owner, export, openInSystem).show();
        }
    }

    void showPublish() {
        PublishWindow.open(owner, main.library(), dialogs, exec);
    }

    /** The last export's whole site in the user's browser, served on a loopback port. */
    void showSitePreview() {
        sitePreview.open();
    }

    /** Stops what the dialogs started that outlives them (the site preview's server). */
    void close() {
        sitePreview.close();
    }

    void showImport() {
        if (importRunner != null) {
            new ImportDialog(owner, new ImportViewModel(main.library(), importRunner, main.preferences(), dialogs,
                    exec, BackgroundTasks::onFx), main::libraryChanged).show();
        }
    }

    void showSettings() {
        new BlogSettingsDialog(owner, models.settings(), models.themeOptions(), dialogs).showAndWait();
    }

    void showMenus() {
        new MenusDialog(owner, models.menus(), dialogs).showAndWait();
    }

    void showCategories() {
        new TaxonomyDialog(owner, models.taxonomy(exec, dialogs, main::libraryChanged)).show();
    }

    /** One Problems window at a time: asked again, it comes to the front and checks again. */
    void showProblems() {
        if (problemsDialog == null || !problemsDialog.isShowing()) {
            problems = new ProblemsViewModel(main.library(), exec, main.editor()::flush);
            problemsDialog = new ProblemsDialog(owner, problems, new ProblemPlaces(main.list(), main.editor())::open);
            problemsDialog.show();
        }
        problemsDialog.getDialogPane().getScene().getWindow().requestFocus();
        problems.refresh();
    }

    void showStatistics() {
        new StatsDialog(owner, models.stats(exec, dialogs)).show();
    }

    /** Lists every menu accelerator, read from the menus themselves so the list cannot drift from them. */
    void showShortcuts(MenuBar menus) {
        TableView<String[]> table = new TableView<>();
        table.getColumns().add(column("Action", 0, 300));
        table.getColumns().add(column("Shortcut", 1, 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (Menu menu : menus.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    table.getItems().add(new String[] {menu.getText().replace("_", "") + " ▸ " + item.getText(),
                            item.getAccelerator().getDisplayText()});
                }
            }
        }
        table.getItems().add(new String[] {"Post list ▸ Reorder", "drag and drop (manual order)"});
        table.setPrefSize(540, 560);
        Alert alert = DialogLook.apply(new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE));
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.getDialogPane().setContent(table);
        alert.show();
    }

    private static TableColumn<String[], String> column(String title, int index, double width) {
        TableColumn<String[], String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()[index]));
        c.setPrefWidth(width);
        return c;
    }

    void showAbout() {
        dialogs.showInfo("About Blogwright", aboutText(AppVersion.version(), main.library().file().toString()));
    }

    /** The About text, with the credits the README lists for what the app ships. */
    static String aboutText(String version, String library) {
        return "Blogwright " + version
                + "\nOffline blog authoring: Markdown editor, SQLite library, static site export.\nLibrary: " + library
                + "\n\nCredits"
                + "\nPost icons: Twemoji, © Twitter, Inc. and other contributors, CC-BY 4.0;"
                + " names from emoji-datasource (MIT)."
                + "\nFont: Inter, © The Inter Project Authors, SIL Open Font License 1.1."
                + "\nSpelling: LanguageTool's English dictionary (LGPL 2.1, from SCOWL/Hunspell word lists),"
                + " read by Morfologik (BSD); other languages' Hunspell dictionaries read by Apache Lucene (Apache 2.0).";
    }
}
