package dev.blogwright.gui;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.model.Post;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A read-only {@link PostEditor}: the open post's title, status line and Markdown source, with find. The shell
 * uses it until the Markdown editor is wired in through {@link EditorFactory}; editing commands do nothing here
 * because there is nothing to edit, and there is never anything unsaved to flush.
 */
public final class ReadOnlyPostPreview implements PostEditor {
    private final BlogLibrary library;
    private final DialogService dialogs;
    private final UiExecutor exec;
    private final ReadOnlyObjectWrapper<Post> current = new ReadOnlyObjectWrapper<>();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final TextArea body = new TextArea();
    private final TextField findField = new TextField();
    private final VBox root;
    private Layout layout = Layout.SPLIT;

    public ReadOnlyPostPreview(BlogLibrary library, DialogService dialogs) {
        this(library, dialogs, UiExecutor.background());
    }

    public ReadOnlyPostPreview(BlogLibrary library, DialogService dialogs, UiExecutor exec) {
        this.library = library;
        this.dialogs = dialogs;
        this.exec = exec;
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        meta.getStyleClass().add("text-muted");
        body.setEditable(false);
        body.setWrapText(true);
        body.setId("readOnlyBody");
        findField.setPromptText("Find in post");
        findField.setVisible(false);
        findField.setManaged(false);
        findField.textProperty().addListener((o, a, b) -> selectNext(b, 0));
        findField.setOnAction(e -> selectNext(findField.getText(), body.getCaretPosition()));
        HBox header = new HBox(8, title);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(6, header, meta, findField, body);
        root.getStyleClass().add("read-only-post");
        root.setPadding(new javafx.geometry.Insets(12));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void open(long postId) {
        exec.read(() -> library.posts().find(postId).orElse(null), this::show,
                e -> dialogs.showError("The post could not be opened: " + e.getMessage(), e));
    }

    private void show(Post post) {
        current.set(post);
        title.setText(post == null ? "" : post.title());
        meta.setText(post == null ? "" : post.status().key().toUpperCase(Locale.ROOT) + " · /" + post.slug()
                + (post.tags().isEmpty() ? "" : " · " + String.join(", ", post.tags())));
        body.setText(post == null ? "" : post.body());
        body.positionCaret(0);
    }

    @Override
    public void clear() {
        show(null);
    }

    @Override
    public ReadOnlyObjectProperty<Post> currentPostProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public void setOnPostChanged(Consumer<Post> listener) {
        // nothing is ever changed here, so there is nothing to report
    }

    @Override
    public void flush() {
        // read-only: nothing pending
    }

    @Override
    public void saveWithRevision() {
        // read-only: nothing to save
    }

    @Override
    public void setLayout(Layout layout) {
        this.layout = layout;
    }

    @Override
    public Layout getLayout() {
        return layout;
    }

    @Override
    public void bold() {
    }

    @Override
    public void italic() {
    }

    @Override
    public void insertLink() {
    }

    @Override
    public void insertImage() {
    }

    @Override
    public void find() {
        findField.setVisible(true);
        findField.setManaged(true);
        findField.requestFocus();
        findField.selectAll();
    }

    @Override
    public void replace() {
        find();
    }

    @Override
    public void undo() {
    }

    @Override
    public void redo() {
    }

    @Override
    public void showHistory() {
        Post post = current.get();
        if (post != null) {
            int n = library.revisions().history(post.id()).size();
            dialogs.showInfo("History", n + " earlier version(s) of this post are kept.");
        }
    }

    @Override
    public void repairEncoding() {
    }

    private void selectNext(String needle, int from) {
        if (needle == null || needle.isEmpty()) {
            return;
        }
        String text = body.getText().toLowerCase(Locale.ROOT);
        String wanted = needle.toLowerCase(Locale.ROOT);
        int at = text.indexOf(wanted, Math.min(from, text.length()));
        if (at < 0) {
            at = text.indexOf(wanted);
        }
        if (at >= 0) {
            body.selectRange(at, at + wanted.length());
        }
    }
}
