package dev.blogwright.gui;

import dev.blogwright.gui.common.LoadingPlaceholder;
import dev.blogwright.model.Post;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Stands in for the editor until {@link #create()}: building the editor starts WebKit for the preview and
 * RichTextFX (about a second on a cold JVM), which the window creates right after its first frame so the post
 * list shows first. Until then it remembers the layout, the listener and the post to open, and hands them on;
 * a command that needs the editor earlier builds it at once.
 */
final class DeferredEditor implements PostEditor {
    static final String LOADING = "Opening the editor…";
    private final Supplier<PostEditor> factory;
    private final StackPane holder = new StackPane();
    private final ReadOnlyObjectWrapper<Post> current = new ReadOnlyObjectWrapper<>();
    private PostEditor editor;
    private Layout layout = Layout.SPLIT;
    private Consumer<Post> onPostChanged = p -> { };
    private Long pendingOpen;
    private final DoubleProperty previewDivider =
            new SimpleDoubleProperty(Double.NaN);
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();

    DeferredEditor(Supplier<PostEditor> factory) {
        this.factory = factory;
        holder.getStyleClass().add("editor-placeholder");
        // A slow start (a busy machine) kept this blank for many seconds: say that the editor is on its way.
        holder.getChildren().add(new LoadingPlaceholder(LOADING));
    }

    /** Builds the real editor (once) and gives it what was asked of the stand-in. */
    PostEditor create() {
        if (editor == null) {
            editor = factory.get();
            editor.setLayout(layout);
            editor.setOnPostChanged(onPostChanged);
            editor.previewDividerProperty().bindBidirectional(previewDivider);
            current.bind(editor.currentPostProperty());
            canUndo.bind(editor.canUndo());
            canRedo.bind(editor.canRedo());
            holder.getChildren().setAll(editor.node());
            if (pendingOpen != null) {
                editor.open(pendingOpen);
                pendingOpen = null;
            }
        }
        return editor;
    }

    boolean isCreated() {
        return editor != null;
    }

    @Override
    public Node node() {
        return holder;
    }

    @Override
    public void open(long postId) {
        if (editor == null) {
            pendingOpen = postId;
        } else {
            editor.open(postId);
        }
    }

    @Override
    public void showPlace(int offset) {
        if (editor != null) {
            editor.showPlace(offset);
        }
    }

    @Override
    public void showRemoved(String message, Runnable undo) {
        create().showRemoved(message, undo);
    }

    @Override
    public void focusTitle(long postId) {
        create().focusTitle(postId);
    }

    @Override
    public void showCopy(long copyId, String originalTitle) {
        create().showCopy(copyId, originalTitle);
    }

    @Override
    public void clear() {
        if (editor == null) {
            pendingOpen = null;
        } else {
            editor.clear();
        }
    }

    /** A post still to be opened is read when the editor is built, so it is current then. */
    @Override
    public void refresh() {
        if (editor != null) {
            editor.refresh();
        }
    }

    @Override
    public ReadOnlyObjectProperty<Post> currentPostProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public void setOnPostChanged(Consumer<Post> listener) {
        onPostChanged = listener;
        if (editor != null) {
            editor.setOnPostChanged(listener);
        }
    }

    /** Nothing can be pending before the editor exists, so there is nothing to write then. */
    @Override
    public void flush() {
        if (editor != null) {
            editor.flush();
        }
    }

    @Override
    public ObservableValue<Boolean> canUndo() {
        return canUndo;
    }

    @Override
    public ObservableValue<Boolean> canRedo() {
        return canRedo;
    }

    @Override
    public void stop() {
        if (editor != null) {
            editor.stop();
        }
    }

    @Override
    public void saveWithRevision() {
        create().saveWithRevision();
    }

    @Override
    public void setLayout(Layout layout) {
        this.layout = layout;
        if (editor != null) {
            editor.setLayout(layout);
        }
    }

    @Override
    public DoubleProperty previewDividerProperty() {
        return previewDivider;
    }

    @Override
    public Layout getLayout() {
        return layout;
    }

    @Override
    public void bold() {
        create().bold();
    }

    @Override
    public void italic() {
        create().italic();
    }

    @Override
    public void insertLink() {
        create().insertLink();
    }

    @Override
    public void insertImage() {
        create().insertImage();
    }

    @Override
    public void find() {
        create().find();
    }

    @Override
    public void replace() {
        create().replace();
    }

    @Override
    public void toggleDistractionFree() {
        create().toggleDistractionFree();
    }

    @Override
    public void undo() {
        create().undo();
    }

    @Override
    public void redo() {
        create().redo();
    }

    @Override
    public void showHistory() {
        create().showHistory();
    }

    @Override
    public void repairEncoding() {
        create().repairEncoding();
    }

    @Override
    public Optional<String> text() {
        return editor == null ? Optional.empty() : editor.text();
    }

    @Override
    public void applyText(String text) {
        if (editor != null) {
            editor.applyText(text);
        }
    }

    /** Before the editor exists no post shows, so there is nothing to mark. */
    @Override
    public void showSyncConflict(Runnable compare) {
        if (editor != null) {
            editor.showSyncConflict(compare);
        }
    }
}
