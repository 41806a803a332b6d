package dev.blogwright.gui.editor;

import dev.blogwright.gui.PostEditor;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.history.HistoryDialog;
import dev.blogwright.gui.history.HistoryViewModel;
import dev.blogwright.gui.preview.PreviewView;
import dev.blogwright.gui.sync.Splice;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The centre of the main window: metadata, Markdown source and live preview of one post. Builds the nodes and
 * forwards commands; the state and the saving live in {@link EditorViewModel}. Editor and preview share only
 * the text and the scroll ratio.
 */
public final class MarkdownEditorView implements PostEditor {
    private final EditorViewModel vm;
    private final DialogService dialogs;
    private final MarkdownArea area = new MarkdownArea();
    private final VirtualizedScrollPane<MarkdownArea> scroll = new VirtualizedScrollPane<>(area);
    private final PreviewView preview;
    private final MetadataPane metadata;
    private final FindBar findBar = new FindBar(area);
    private final FormattingCommands format = new FormattingCommands(area);
    private final EditorPreviewSplit split;
    private final EditorNotices notices;
    private final BorderPane root = new BorderPane();
    private final EmptyEditor empty = new EmptyEditor();
    private final TitleKeys titleKeys;
    /** The editor over the hint shown while no post is open. */
    private final StackPane shell = new StackPane(root, empty);
    private final EditorWritingAids aids;
    private final EditorStatusBar statusBar;
    private TextRepair repair = TextRepair.standard();

    public MarkdownEditorView(EditorServices services, DialogService dialogs) {
        this(new EditorViewModel(services, dialogs, EditorTasks.fx(), Clock.systemDefaultZone()));
    }

    public MarkdownEditorView(EditorViewModel vm) {
        this.vm = vm;
        this.dialogs = vm.dialogs();
        this.preview = new PreviewView(vm.services().assets().folder());
        this.metadata = new MetadataPane(vm);
        area.multiPlainChanges().subscribe(c -> vm.bodyProperty().set(area.getText()));
        vm.setOnBodyReplaced(this::replaceBody);
        SpellingMarks.attach(area, vm, dialogs);
        area.setOnImageFiles(this::insertImageFiles);
        preview.markdownProperty().bind(vm.bodyProperty());
        preview.setPageSource(new ThemedPreviewPage(vm)::html);
        vm.currentProperty().addListener((obs, old, now) -> {
            if (ThemedPreviewPage.headerChanged(old, now)) {
                preview.reloadPage();
            }
        });
        titleKeys = TitleKeys.link(metadata.title, area, vm.currentProperty());
        // The preview follows the editor by ratio: exact line mapping is not worth it for prose-sized blocks.
        area.estimatedScrollYProperty().addListener((obs, old, y) -> {
            double max = area.getTotalHeightEstimate() - area.getHeight();
            preview.scrollRatioProperty().set(max <= 0 ? 0 : Math.min(1, y / max));
        });
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.B, KeyCombination.SHORTCUT_DOWN), e -> bold()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.I, KeyCombination.SHORTCUT_DOWN), e -> italic()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.K, KeyCombination.SHORTCUT_DOWN), e -> insertLink()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.F, KeyCombination.SHORTCUT_DOWN), e -> find()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.H, KeyCombination.SHORTCUT_DOWN), e -> replace()),
                InputMap.consume(EventPattern.keyPressed(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                        e -> saveWithRevision())));
        // The scroll pane sits in a holder of its own, so full screen can borrow it and give it back.
        StackPane textHolder = new StackPane(scroll);
        aids = new EditorWritingAids(area, scroll, root);
        notices = new EditorNotices(textHolder, vm, this::repairEncoding);
        // The outline sits beside the text only, so the title and the toolbar keep the column's whole width.
        BorderPane textRow = new BorderPane(notices.node());
        aids.outlineShownProperty().addListener((o, a, shown) -> textRow.setLeft(shown ? aids.outline().node() : null));
        VBox.setVgrow(textRow, Priority.ALWAYS);
        VBox editorColumn = new VBox(metadata, new EditorToolbar(format, this), findBar, textRow);
        editorColumn.getStyleClass().add("editor-column");
        split = new EditorPreviewSplit(editorColumn, preview.node());
        root.setCenter(split.node());
        statusBar = new EditorStatusBar(vm, new GoalViewModel(vm, vm.services().goals(), dialogs), aids.menu(),
                Clock.systemDefaultZone());
        root.setBottom(statusBar);
        root.getStyleClass().add("markdown-editor");
        root.getStylesheets().add(MarkdownEditorView.class.getResource("editor.css").toExternalForm());
        root.disableProperty().bind(vm.currentProperty().isNull());
        empty.follow(vm.currentProperty(), vm.openingProperty());
    }

    private void replaceBody(String text) {
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
        area.highlight();
        aids.reparse();
        preview.refresh();
    }

    /**
     * Copies image files into the library and inserts a reference to each at the caret, with the alt text the
     * writer gives. Asked once the copy is done, outside the drop's event handler.
     */
    public void insertImageFiles(List<Path> files) {
        for (Path file : files) {
            vm.addAsset(file, reference -> format.image(ImageAltText.ask(dialogs, file), reference));
        }
    }

    /** The integrator swaps in the import's mojibake repair here. */
    public void setTextRepair(TextRepair repair) {
        this.repair = repair;
    }

    @Override
    public Node node() {
        return shell;
    }

    @Override
    public void open(long postId) {
        vm.open(postId);
    }

    @Override
    public void showPlace(int offset) {
        area.moveTo(Math.max(0, Math.min(offset, area.getLength())));
        area.requestFollowCaret();
        area.requestFocus();
    }

    @Override
    public void focusTitle(long postId) {
        titleKeys.focusTitle(postId);
    }

    @Override
    public void showCopy(long copyId, String originalTitle) {
        titleKeys.focusTitle(copyId);
        notices.copyOf(copyId, originalTitle);
    }

    @Override
    public void clear() {
        vm.clear();
    }

    @Override
    public void stop() {
        vm.stop();
    }

    @Override
    public void showRemoved(String message, Runnable undo) {
        empty.removed(message, undo);
    }

    @Override
    public void refresh() {
        vm.refresh();
    }

    @Override
    public ReadOnlyObjectProperty<Post> currentPostProperty() {
        return vm.currentProperty();
    }

    @Override
    public void setOnPostChanged(Consumer<Post> listener) {
        vm.setOnPostChanged(listener);
    }

    @Override
    public void flush() {
        vm.flush();
    }

    @Override
    public void saveWithRevision() {
        vm.saveWithRevision();
    }

    @Override
    public void setLayout(Layout layout) {
        split.setLayout(layout);
    }

    @Override
    public DoubleProperty previewDividerProperty() {
        return split.dividerProperty();
    }

    @Override
    public Layout getLayout() {
        return split.getLayout();
    }

    @Override
    public void bold() {
        format.bold();
    }

    @Override
    public void italic() {
        format.italic();
    }

    @Override
    public void insertLink() {
        format.link();
    }

    @Override
    public void insertImage() {
        insertImageFiles(dialogs.chooseFiles("Insert image", "Images",
                MarkdownArea.IMAGE_EXTENSIONS.stream().map(e -> "*." + e).toList()));
    }

    @Override
    public void find() {
        findBar.show(false);
    }

    @Override
    public void replace() {
        findBar.show(true);
    }

    @Override
    public void toggleDistractionFree() {
        aids.distractionFree().toggle();
    }

    @Override
    public void undo() {
        area.undo();
    }

    @Override
    public ObservableValue<Boolean> canUndo() {
        return area.undoAvailableProperty();
    }

    @Override
    public ObservableValue<Boolean> canRedo() {
        return area.redoAvailableProperty();
    }

    @Override
    public void redo() {
        area.redo();
    }

    @Override
    public void showHistory() {
        Post post = vm.getCurrent();
        if (post == null || !vm.flush()) {
            return;
        }
        HistoryViewModel history = new HistoryViewModel(vm.services().revisions(), vm.services().posts(), post.id(), area.getText(),
                Clock.systemDefaultZone().getZone());
        new HistoryDialog(root.getScene() == null ? null : root.getScene().getWindow(), history, dialogs,
                restored -> vm.reload(restored.id())).show();
    }

    @Override
    public void repairEncoding() {
        boolean whole = area.getSelection().getLength() == 0;
        String text = whole ? area.getText() : area.getSelectedText();
        repair.repair(text).ifPresentOrElse(fixed -> {
            if (whole) {
                area.replaceText(0, area.getLength(), fixed);
            } else {
                area.replaceSelection(fixed);
            }
            vm.dismissGarbled();
        }, () -> dialogs.showInfo("Repair text encoding", "Nothing in this text could be repaired."));
    }

    @Override
    public Optional<String> text() {
        return vm.getCurrent() == null ? Optional.empty() : Optional.of(area.getText());
    }

    @Override
    public void applyText(String text) {
        Splice.between(area.getText(), text).ifPresent(s -> area.replaceText(s.start(), s.end(), s.text()));
    }

    @Override
    public void showSyncConflict(Runnable compare) {
        notices.syncConflict(compare);
    }

    /** For tests and the fixture: the parts a user touches. */
    public MarkdownArea area() {
        return area;
    }

    public PreviewView preview() {
        return preview;
    }

    public EditorViewModel viewModel() {
        return vm;
    }

    EditorStatusBar statusBar() {
        return statusBar;
    }

    EditorWritingAids aids() {
        return aids;
    }

    MetadataPane metadata() {
        return metadata;
    }

    EditorNotices notices() {
        return notices;
    }
}
