package dev.blogwright.gui;

import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.gui.common.Theme;
import dev.blogwright.gui.postlist.PostListView;
import dev.blogwright.gui.postlist.ReorderItems;
import dev.blogwright.gui.postlist.StatusFilter;
import dev.blogwright.gui.sync.AutoSync;
import dev.blogwright.gui.sync.SyncIndicator;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The main window's FXML controller: menus, toolbar, the list | editor split and the status bar. Handlers only
 * forward to the view models; dialogs are opened through {@link ShellDialogs}.
 */
public final class MainView {
    @FXML private MenuBar menuBar;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem moveUpItem;
    @FXML private MenuItem moveDownItem;
    @FXML private Button exportButton;
    @FXML private Button importButton;
    @FXML private MenuItem newPostItem;
    @FXML private Button newPostButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private RadioMenuItem editorOnlyItem;
    @FXML private RadioMenuItem splitItem;
    @FXML private RadioMenuItem previewOnlyItem;
    @FXML private CheckMenuItem darkItem;
    @FXML private ToggleButton editorOnlyButton;
    @FXML private ToggleButton splitButton;
    @FXML private ToggleButton previewOnlyButton;
    @FXML private SplitPane splitPane;
    @FXML private StackPane listHolder;
    @FXML private StackPane editorHolder;
    @FXML private Label statusLabel;
    @FXML private Label activityLabel;
    @FXML private ProgressBar progressBar;
    @FXML private HBox statusBar;
    private AutoSync sync;

    private final MainViewModel vm;
    private final PostListView list;
    private final ShellDialogs dialogs;
    private final Parent root;
    /** True while the writer was last in the editor (the text, title, details), false in the post list. */
    private final BooleanProperty inText = new SimpleBooleanProperty();

    public MainView(MainViewModel vm, PostListView list, ShellDialogs dialogs) {
        this.vm = vm;
        this.list = list;
        this.dialogs = dialogs;
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"));
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The main window could not be built: " + e.getMessage(), e);
        }
        root.getStylesheets().add(MainView.class.getResource("MainView.css").toExternalForm());
        DialogLook.styled(root);
    }

    @FXML
    private void initialize() {
        listHolder.getChildren().add(list.node());
        editorHolder.getChildren().add(vm.editor().node());
        SplitPane.setResizableWithParent(listHolder, false);
        splitPane.setDividerPositions(vm.preferences().listDivider());
        splitPane.getDividers().get(0).positionProperty()
                .addListener((o, a, b) -> vm.preferences().setListDivider(b.doubleValue()));
        bindLayoutAndTheme();
        vm.list().actions().setOnDuplicated(this::showCopy);
        var undo = vm.list().undoStack();
        bindUndoButtons();
        ReorderItems.bind(moveUpItem, vm.list());
        ReorderItems.bind(moveDownItem, vm.list());
        undoItem.textProperty().bind(Bindings.when(undo.undoLabelProperty().isEmpty()).then("Undo")
                .otherwise(Bindings.concat("Undo ", undo.undoLabelProperty())));
        redoItem.textProperty().bind(Bindings.when(undo.redoLabelProperty().isEmpty()).then("Redo")
                .otherwise(Bindings.concat("Redo ", undo.redoLabelProperty())));
        exportItem.setDisable(!dialogs.canExport());
        exportButton.setDisable(!dialogs.canExport());
        importItem.setDisable(!dialogs.canImport());
        importButton.setDisable(!dialogs.canImport());
        statusLabel.textProperty().bind(vm.statusProperty());
        // "New" makes what the list shows (PostListActions#newPost), and says so.
        var made = Bindings.when(vm.list().kindProperty().isEqualTo(PostKind.PAGE)).then("page").otherwise("post");
        newPostItem.textProperty().bind(Bindings.concat("New ", made));
        newPostButton.getTooltip().textProperty().bind(Bindings.concat("New ", made, " (Ctrl+N)"));
        activityLabel.textProperty().bind(vm.activityProperty());
        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.progressProperty().isNotEqualTo(0, 1e-9)
                .or(vm.list().loadingProperty()));
    }

    /**
     * The toolbar's Undo and Redo act where the writer last was: in the text they undo typing (what a writer
     * expects after typing), in the list they undo list actions. They take no focus, so a click leaves the caret
     * where it was.
     */
    private void bindUndoButtons() {
        var list = vm.list().undoStack();
        editorHolder.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((fo, was, now) -> {
                    if (inside(now, editorHolder)) {
                        inText.set(true);
                    } else if (inside(now, listHolder)) {
                        inText.set(false);
                    }
                });
            }
        });
        var textUndo = Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(editor().canUndo().getValue()),
                editor().canUndo());
        var textRedo = Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(editor().canRedo().getValue()),
                editor().canRedo());
        undoButton.disableProperty().bind(Bindings.when(inText).then(textUndo.not())
                .otherwise(list.canUndoProperty().not()));
        redoButton.disableProperty().bind(Bindings.when(inText).then(textRedo.not())
                .otherwise(list.canRedoProperty().not()));
        undoButton.setFocusTraversable(false);
        redoButton.setFocusTraversable(false);
        undoButton.getTooltip().textProperty().bind(Bindings.when(inText).then("Undo typing (Ctrl+Z)")
                .otherwise("Undo list change (Ctrl+Z)"));
        redoButton.getTooltip().textProperty().bind(Bindings.when(inText).then("Redo typing (Ctrl+Shift+Z)")
                .otherwise("Redo list change (Ctrl+Shift+Z)"));
    }

    private static boolean inside(Node node, Node holder) {
        for (var n = node; n != null; n = n.getParent()) {
            if (n == holder) {
                return true;
            }
        }
        return false;
    }

    private void bindLayoutAndTheme() {
        ToggleGroup layoutItems = new ToggleGroup();
        ToggleGroup layoutButtons = new ToggleGroup();
        editorOnlyItem.setToggleGroup(layoutItems);
        splitItem.setToggleGroup(layoutItems);
        previewOnlyItem.setToggleGroup(layoutItems);
        editorOnlyButton.setToggleGroup(layoutButtons);
        splitButton.setToggleGroup(layoutButtons);
        previewOnlyButton.setToggleGroup(layoutButtons);
        vm.layoutProperty().addListener((o, a, b) -> showLayout(b));
        showLayout(vm.layoutProperty().get());
        vm.themeProperty().addListener((o, a, b) -> showTheme(b));
        showTheme(vm.themeProperty().get());
    }

    private void showLayout(PostEditor.Layout layout) {
        editorOnlyItem.setSelected(layout == PostEditor.Layout.EDITOR_ONLY);
        splitItem.setSelected(layout == PostEditor.Layout.SPLIT);
        previewOnlyItem.setSelected(layout == PostEditor.Layout.PREVIEW_ONLY);
        editorOnlyButton.setSelected(layout == PostEditor.Layout.EDITOR_ONLY);
        splitButton.setSelected(layout == PostEditor.Layout.SPLIT);
        previewOnlyButton.setSelected(layout == PostEditor.Layout.PREVIEW_ONLY);
    }

    private void showTheme(Theme theme) {
        theme.apply();
        // One check item, so the shortcut that turns dark on also turns it off and the tick always tells.
        darkItem.setSelected(theme == Theme.DARK);
    }

    /** Sync's line at the status bar's right end and the handlers of File ▸ Sync… and Sync now. */
    public void attachSync(AutoSync autoSync) {
        sync = autoSync;
        statusBar.getChildren().add(new SyncIndicator(autoSync));
    }

    public Parent node() {
        return root;
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    public SplitPane splitPane() {
        return splitPane;
    }

    private PostEditor editor() {
        return vm.editor();
    }

    @FXML private void newPost() { vm.list().actions().newPost(post -> editor().focusTitle(post.id())); }
    @FXML private void save() { editor().saveWithRevision(); }
    @FXML private void importPosts() { dialogs.showImport(); }
    @FXML private void export() { dialogs.showExport(); }
    @FXML private void publishSite() { dialogs.showPublish(); }
    @FXML private void sync() { sync.openDialog(); }
    @FXML private void syncNow() { sync.syncNow(); }
    @FXML private void openInBrowser() { dialogs.showSitePreview(); }
    @FXML private void settings() { dialogs.showSettings(); }
    @FXML private void menus() { dialogs.showMenus(); }
    @FXML private void quit() { dialogs.requestClose(); }
    @FXML private void undo() { vm.undo(!editorHasFocus()); }
    @FXML private void redo() { vm.redo(!editorHasFocus()); }
    @FXML private void undoList() { vm.undo(!inText.get()); }
    @FXML private void redoList() { vm.redo(!inText.get()); }
    @FXML private void find() { editor().find(); }
    @FXML private void replace() { editor().replace(); }
    @FXML private void searchPosts() { list.focusSearch(); }
    @FXML private void repairEncoding() { editor().repairEncoding(); }
    @FXML private void history() { editor().showHistory(); }
    @FXML private void bold() { editor().bold(); }
    @FXML private void italic() { editor().italic(); }
    @FXML private void link() { editor().insertLink(); }
    @FXML private void image() { editor().insertImage(); }
    @FXML private void duplicate() { vm.list().actions().duplicate(list.selectedRows()); }
    @FXML private void moveUp() { vm.list().actions().moveBy(list.selectedRows(), -1); }
    @FXML private void moveDown() { vm.list().actions().moveBy(list.selectedRows(), 1); }
    @FXML private void publish() { vm.list().actions().setStatus(list.selectedRows(), PostStatus.PUBLISHED); }
    @FXML private void unpublish() { vm.list().actions().setStatus(list.selectedRows(), PostStatus.DRAFT); }
    @FXML private void feature() { vm.list().actions().setFeatured(list.selectedRows(), true); }
    @FXML private void unfeature() { vm.list().actions().setFeatured(list.selectedRows(), false); }
    @FXML private void newCategory() { vm.list().actions().setNewCategory(list.selectedRows()); }
    @FXML private void addTag() { vm.list().actions().addTag(list.selectedRows()); }
    @FXML private void removeTag() { vm.list().actions().removeTag(list.selectedRows()); }
    @FXML private void restore() { vm.list().actions().restore(list.selectedRows()); }
    @FXML private void emptyTrash() { vm.list().actions().emptyTrash(); }
    @FXML private void layoutEditor() { vm.layoutProperty().set(PostEditor.Layout.EDITOR_ONLY); }
    @FXML private void layoutSplit() { vm.layoutProperty().set(PostEditor.Layout.SPLIT); }
    @FXML private void layoutPreview() { vm.layoutProperty().set(PostEditor.Layout.PREVIEW_ONLY); }
    @FXML private void distractionFree() { editor().toggleDistractionFree(); }
    @FXML private void categories() { dialogs.showCategories(); }
    @FXML private void statistics() { dialogs.showStatistics(); }
    @FXML private void problems() { dialogs.showProblems(); }
    @FXML private void shortcuts() { dialogs.showShortcuts(menuBar); }
    @FXML private void about() { dialogs.showAbout(); }

    @FXML
    private void toggleTheme() {
        vm.themeProperty().set(vm.themeProperty().get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    /** Delete moves the selection to the trash; in the trash tab it offers to delete it for good. */
    @FXML
    private void trash() {
        if (vm.list().statusProperty().get() == StatusFilter.TRASH) {
            vm.list().actions().deleteForever(list.selectedRows());
        } else {
            vm.list().actions().trash(list.selectedRows());
        }
    }

    /**
     * The copy opens with its whole title selected, "(copy)" in sight, and a notice naming the original, so the
     * writer knows which one is open.
     */
    private void showCopy(List<Long> copies, List<PostSummary> originals) {
        if (copies.size() == 1 && originals.size() == 1) {
            editor().showCopy(copies.get(0), originals.get(0).title());
        }
    }

    private boolean editorHasFocus() {
        return inside(root.getScene() == null ? null : root.getScene().getFocusOwner(), editorHolder);
    }
}
