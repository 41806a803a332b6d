package dev.blogwright.gui;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.LibraryImportTarget;
import dev.blogwright.gui.common.BackgroundTasks;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.ShellPreferences;
import dev.blogwright.gui.common.Theme;
import dev.blogwright.gui.postlist.PostListViewModel;
import dev.blogwright.gui.postlist.StatusFilter;
import dev.blogwright.logic.LibraryException;
import dev.blogwright.logic.importing.ImportOptions;
import dev.blogwright.logic.importing.ImportService;
import dev.blogwright.logic.importing.ProgressListener;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state: the list and the editor kept in step (selecting a row opens the post, trashing the
 * open post clears the editor, an editor save refreshes the list), theme and layout (remembered), the status
 * bar, and closing without ever asking to save.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final BlogLibrary library;
    private final PostEditor editor;
    private final PostListViewModel list;
    /** The post last asked of the editor, whose text may still be loading. */
    private long opening;
    private final ShellPreferences prefs;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<PostEditor.Layout> layout = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Long work in progress: -1 indeterminate, 0 to 1 a fraction; {@link #activityProperty()} says what. */
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty activity = new SimpleStringProperty("");
    private boolean closed;

    public MainViewModel(BlogLibrary library, PostEditor editor, PostListViewModel list, ShellPreferences prefs) {
        this.library = library;
        this.editor = editor;
        this.list = list;
        this.prefs = prefs;
        theme.set(prefs.theme());
        theme.addListener((o, a, b) -> prefs.setTheme(b));
        layout.set(prefs.layout());
        editor.setLayout(layout.get());
        layout.addListener((o, a, b) -> {
            editor.setLayout(b);
            prefs.setLayout(b);
        });
        prefs.previewDivider().ifPresent(editor.previewDividerProperty()::set);
        editor.previewDividerProperty().addListener((o, a, b) -> {
            if (!Double.isNaN(b.doubleValue())) {
                prefs.setPreviewDivider(b.doubleValue());
            }
        });
        // The list words its own count line: "posts" or "pages", whichever it shows.
        status.bind(list.summaryProperty());
        list.selection().addListener((ListChangeListener<PostSummary>) c -> openSelected());
        list.actions().setOnRemoved(ids -> {
            var open = editor.currentPostProperty().get();
            // The post asked for counts even before its text loaded: its load must not show a trashed post.
            long shown = open != null ? open.id() : opening;
            if (ids.isEmpty() || ids.contains(shown)) {
                editor.clear();
                opening = 0;
                // Deleting for good (in the trash tab, or emptying it) cannot be undone: no notice then.
                if (!ids.isEmpty() && list.statusProperty().get() != StatusFilter.TRASH) {
                    editor.showRemoved(ids.size() == 1 ? "Moved to the trash."
                            : ids.size() + " posts moved to the trash.", list.actions()::undo);
                }
            }
        });
        list.actions().setOnChanged(editor::refresh);
        editor.setOnPostChanged(list::postSaved);
    }

    /** Something changed the library outside the list and the editor (categories manager, import): show it. */
    public void libraryChanged() {
        list.reload();
        editor.refresh();
    }

    /** Loads the list and reopens the post that was open last time. */
    public void start() {
        // The sort chosen last time, then remembered as it changes; the reload below overtakes the one it starts.
        prefs.listSort().ifPresent(list.sortProperty()::set);
        list.sortProperty().addListener((o, a, b) -> {
            if (b != null) {
                prefs.setListSort(b);
            }
        });
        list.reloadSelectingOrFirst(prefs.lastPost(library.file()).map(List::of).orElse(List.of()));
    }

    private void openSelected() {
        PostSummary row = list.singleSelection();
        var open = editor.currentPostProperty().get();
        if (row != null && (open == null || open.id() != row.id())) {
            opening = row.id();
            editor.open(row.id());
            prefs.setLastPost(library.file(), row.id());
        }
    }

    /** Ctrl+Z: the list's history when the list has focus, else the editor's. */
    /**
     * Brings a Markdown file into the library (as "Open with Blogwright" does) and opens its post; opening the
     * same file again updates that post instead of adding another.
     */
    public void openMarkdownFile(Path file, DialogService dialogs) {
        BackgroundTasks.write(() -> {
            var service = new ImportService(
                    new LibraryImportTarget(library), library.clock());
            var report = service.run(List.of(file), ImportOptions.defaults(),
                    ProgressListener.NONE, () -> false);
            if (report.errors() > 0) {
                throw new LibraryException(report.errorLines().get(0).toText());
            }
            return library.posts().findBySourcePath(file.toAbsolutePath().normalize().toString())
                    .map(Post::id).orElse(0L);
        }, id -> {
            if (id > 0) {
                list.reloadSelecting(List.of(id));
                editor.refresh();
            }
        }, e -> dialogs.showError("The file could not be opened: " + e.getMessage(), e));
    }

    public void undo(boolean listFocused) {
        if (listFocused) {
            list.actions().undo();
        } else {
            editor.undo();
        }
    }

    public void redo(boolean listFocused) {
        if (listFocused) {
            list.actions().redo();
        } else {
            editor.redo();
        }
    }

    /** Writes everything pending and closes the library; nothing is ever left unsaved, so nothing is asked. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            editor.flush();
        } catch (RuntimeException e) {
            LOG.error("flushing the editor on close failed", e);
        }
        editor.stop();
        BackgroundTasks.flushWrites();
        // A read still running (a slug check, a list reload) finishes before its library closes under it.
        BackgroundTasks.awaitWorkers(Duration.ofSeconds(3));
        library.close();
        LOG.info("closed library {}", library.file());
    }

    public BlogLibrary library() {
        return library;
    }

    public PostEditor editor() {
        return editor;
    }

    public PostListViewModel list() {
        return list;
    }

    public ShellPreferences preferences() {
        return prefs;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<PostEditor.Layout> layoutProperty() {
        return layout;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty activityProperty() {
        return activity;
    }
}
