package dev.blogwright.gui.postlist;

import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.common.UndoStack;
import dev.blogwright.logic.markdown.PostText;
import dev.blogwright.logic.post.PageTree;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.logic.post.PostSort;
import dev.blogwright.logic.post.SearchQueryParser;
import dev.blogwright.model.Category;
import dev.blogwright.model.Post;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostSummary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * State of the post list: filters, the loaded summaries, tab counts, the selection, and the undo history of
 * reorders and bulk actions ({@link PostListActions}). Summaries load on a worker and replace the list in one go;
 * a reload that was overtaken by a newer one is dropped so fast typing never shows stale results.
 */
public final class PostListViewModel {
    private final PostListServices services;
    private final UiExecutor exec;
    private final DialogService dialogs;
    private final UndoStack undo = new UndoStack();

    private final ObservableList<PostSummary> posts = FXCollections.observableArrayList();
    private final ObservableList<PostSummary> selection = FXCollections.observableArrayList();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableMap<Long, Integer> savedWords = FXCollections.observableHashMap();
    private final ObservableMap<StatusFilter, Integer> counts = FXCollections.observableMap(new EnumMap<>(StatusFilter.class));
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    /** The Posts / Pages switch: which kind the list shows and "New" makes. */
    private final ObjectProperty<PostKind> kind = new SimpleObjectProperty<>(PostKind.POST);
    /** The kind of the rows shown, which follows {@link #kind} once they have loaded. */
    private final ReadOnlyObjectWrapper<PostKind> shownKind = new ReadOnlyObjectWrapper<>(PostKind.POST);
    /** The pages with their parents while the list shows pages, so a sub-page reads "About ▸ Team". */
    private PageTree pageTree = PageTree.empty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<PostSort> sort = new SimpleObjectProperty<>(PostSort.MANUAL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper reorderable = new ReadOnlyBooleanWrapper(true);
    /** Ids the view should select after the next load (e.g. a new post); null when there is no request. */
    private final ReadOnlyObjectWrapper<List<Long>> selectionRequest = new ReadOnlyObjectWrapper<>();
    private final PostListActions actions;
    private long generation;

    public PostListViewModel(PostListServices services, UiExecutor exec, DialogService dialogs) {
        this.services = services;
        this.exec = exec;
        this.dialogs = dialogs;
        this.actions = new PostListActions(this, new PostCommands(services.posts(), services.organizer()), exec, dialogs, undo);
        for (StatusFilter f : StatusFilter.values()) {
            counts.put(f, 0);
        }
        status.addListener((o, a, b) -> reload());
        category.addListener((o, a, b) -> reload());
        kind.addListener((o, a, b) -> kindChanged(b));
        sort.addListener((o, a, b) -> reload());
        search.addListener((o, a, b) -> reload());
        reorderable.bind(sort.isEqualTo(PostSort.MANUAL).and(status.isNotEqualTo(StatusFilter.TRASH)));
        summary.bind(Bindings.createStringBinding(() -> ListSummary.of(counts, shownKind.get(), loading.get()),
                counts, shownKind, loading));
    }

    /** A page has no date, so the Scheduled tab and the date order are a post's only; a page's list leaves them. */
    private void kindChanged(PostKind now) {
        if (now == PostKind.PAGE && status.get() == StatusFilter.SCHEDULED) {
            status.set(StatusFilter.ALL);
        }
        if (now == PostKind.PAGE && sort.get() == PostSort.PUBLISHED) {
            sort.set(PostSort.MANUAL);
        }
        reload();
    }

    /** Loads the list and counts for the current filters. */
    public void reload() {
        reload(null);
    }

    /** Loads and then selects the rows with these ids (e.g. the post that was open last time). */
    public void reloadSelecting(List<Long> ids) {
        reload(ids);
    }

    /**
     * Like {@link #reloadSelecting} but picks the first row when none of the ids is given: a first start. The
     * first screenful of rows is loaded and shown before the rest, so the window's first frame does not wait for
     * every summary of a large library.
     */
    public void reloadSelectingOrFirst(List<Long> ids) {
        selectFirstWhenNone = true;
        reload(ids, true);
    }

    /** Rows shown before the rest on a first start: more than a tall screen holds. */
    static final int FIRST_PAGE = 200;

    private boolean selectFirstWhenNone;
    /** The rows the newest reload will select, until it shows. */
    private List<Long> pendingSelection;

    void reload(List<Long> selectAfter) {
        reload(selectAfter, false);
    }

    private void reload(List<Long> selectAfter, boolean firstPageFirst) {
        long mine = ++generation;
        Optional<PostQuery> query = query(status.get());
        String text = search.get();
        Category cat = category.get();
        PostKind kind = this.kind.get();
        // A reload that overtakes one asked to select rows (the post open last time, a new post) inherits the ask.
        List<Long> keep = selectAfter != null ? selectAfter
                : pendingSelection != null ? pendingSelection : PostCommands.ids(selection);
        if (selectAfter != null) {
            pendingSelection = selectAfter;
        }
        loading.set(true);
        if (!firstPageFirst) {
            exec.read(() -> load(query, text, cat, kind), snapshot -> {
                if (mine == generation) {
                    loading.set(false);
                    show(snapshot, keep);
                }
            }, this::failed);
            return;
        }
        exec.read(() -> load(query.map(q -> q.page(FIRST_PAGE, 0)), text, cat, kind), page -> {
            if (mine != generation) {
                return;
            }
            if (page.rows().size() < FIRST_PAGE) {
                loading.set(false);
                show(page, keep);
                showPagesIfWanted(keep);
                return;
            }
            show(page, keep);
            // The rest replaces the page in one go; the selection made meanwhile (or still wanted) is kept.
            exec.read(() -> rows(query), rows -> {
                if (mine == generation) {
                    List<Long> still = selection.isEmpty() ? keep : PostCommands.ids(selection);
                    loading.set(false);
                    show(new Snapshot(rows, page.counts(), page.categories(), page.kind(), page.pages()), still);
                    showPagesIfWanted(still);
                }
            }, this::failed);
        }, this::failed);
    }

    /**
     * On a first start the list shows posts; when what was open last time is a page, it turns to the pages so the
     * page is selected and opens again, rather than an empty editor.
     */
    private void showPagesIfWanted(List<Long> wanted) {
        if (wanted.isEmpty() || kind.get() != PostKind.POST
                || posts.stream().anyMatch(r -> r.id() == wanted.get(0))) {
            return;
        }
        long id = wanted.get(0);
        exec.read(() -> services.posts().pageTree().find(id).filter(p -> !p.trashed()).isPresent(), page -> {
            if (page && kind.get() == PostKind.POST && selection.isEmpty()) {
                kind.set(PostKind.PAGE);
                reload(List.of(id));
            }
        }, this::failed);
    }

    private void show(Snapshot snapshot, List<Long> keep) {
        applyCategories(snapshot.categories());
        pendingSelection = null;
        savedWords.clear();
        pageTree = snapshot.pages();
        shownKind.set(snapshot.kind());
        posts.setAll(snapshot.rows());
        counts.putAll(snapshot.counts());
        selectionRequest.set(null);
        boolean first = selectFirstWhenNone && keep.isEmpty() && !snapshot.rows().isEmpty();
        selectFirstWhenNone = false;
        selectionRequest.set(first ? List.of(snapshot.rows().get(0).id()) : List.copyOf(keep));
    }

    private void failed(Throwable error) {
        loading.set(false);
        dialogs.showError("The post list could not be loaded: " + error.getMessage(), error);
    }

    private record Snapshot(List<PostSummary> rows, Map<StatusFilter, Integer> counts, List<Category> categories,
                            PostKind kind, PageTree pages) {
    }

    /** The rows of the tab's query (none when the tab and the search exclude each other) and every tab's count. */
    private Snapshot load(Optional<PostQuery> query, String text, Category cat, PostKind kind) {
        return services.reads().inTransaction(() -> {
            PostQuery searched = SearchQueryParser.parse(text, filtered(cat, kind));
            Map<StatusFilter, Integer> n = new EnumMap<>(StatusFilter.class);
            for (StatusFilter f : StatusFilter.values()) {
                n.put(f, f.narrow(searched).map(services.posts()::count).orElse(0));
            }
            PageTree pages = kind == PostKind.PAGE ? services.posts().pageTree() : PageTree.empty();
            return new Snapshot(rows(query), n, services.taxonomy().categories(), kind, pages);
        });
    }

    private List<PostSummary> rows(Optional<PostQuery> query) {
        return query.map(services.posts()::list).orElse(List.of());
    }

    private void applyCategories(List<Category> loaded) {
        if (!loaded.equals(categories)) {
            Category chosen = category.get();
            categories.setAll(loaded);
            if (chosen != null) {
                Category same = loaded.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(null);
                if (!chosen.equals(same)) {
                    category.set(same);
                }
            }
        }
    }

    private Optional<PostQuery> query(StatusFilter f) {
        PostSort s = sort.get();
        boolean descending = s == PostSort.PUBLISHED || s == PostSort.UPDATED;
        return f.narrow(SearchQueryParser.parse(search.get(),
                filtered(category.get(), kind.get()).sortedBy(s, descending)));
    }

    /** The category filter is a post's: a page has none, so the pages' list does not apply it. */
    private static PostQuery filtered(Category cat, PostKind kind) {
        PostQuery of = PostQuery.all().withKind(kind);
        return cat == null || kind == PostKind.PAGE ? of : of.withCategory(cat.slug());
    }

    public ObjectProperty<PostKind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<PostKind> shownKindProperty() {
        return shownKind.getReadOnlyProperty();
    }

    /** A row's title as the list shows it: a sub-page under its parent's path ("About ▸ Team"). */
    public String title(PostSummary row) {
        String own = row.title().isBlank() ? "Untitled" : row.title();
        String parent = pageTree.parentPath(row.id());
        return parent.isEmpty() ? own : parent + PageTree.SEPARATOR + own;
    }

    /** "12 posts · 9 published · 2 drafts · 1 scheduled · 0 in trash", or the pages' line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /**
     * The editor saved a post. A new text changes only its row's word count, kept in {@link #savedWords()} until
     * the next load: a reload on every autosave would query the whole list and move its scroll position, and
     * replacing the row's item loses the table's selection. A change that may move the row or take it to
     * another tab reloads the list.
     */
    public void postSaved(Post post) {
        PostSummary row = posts.stream().filter(r -> r.id() == post.id()).findFirst().orElse(null);
        if (row != null && sameListing(row, post) && post.kind() == kind.get() && sameParent(post)) {
            savedWords.put(post.id(), PostText.wordCount(post.body()));
        } else {
            reload();
        }
    }

    /** A row's word count as last saved by the editor, else as loaded. */
    public int words(PostSummary row) {
        return savedWords.getOrDefault(row.id(), row.words());
    }

    /** Word counts of posts the editor saved since the list was loaded, by id. */
    public ObservableMap<Long, Integer> savedWords() {
        return savedWords;
    }

    /** A page moved under another parent reads another path in the list. */
    private boolean sameParent(Post post) {
        return !post.isPage() || Objects.equals(post.parentId(),
                pageTree.find(post.id()).map(PageTree.Page::parentId).orElse(null));
    }

    private static boolean sameListing(PostSummary row, Post post) {
        return row.title().equals(post.title()) && row.slug().equals(post.slug())
                && Objects.equals(row.icon(), post.icon()) && Objects.equals(row.categoryId(), post.categoryId())
                && row.status() == post.status() && row.featured() == post.featured()
                && row.trashed() == post.trashed() && Objects.equals(row.publishedAt(), post.publishedAt());
    }

    /** The view reports what the table has selected. */
    public void select(List<PostSummary> rows) {
        selection.setAll(rows);
    }

    /** The single selected post, if exactly one is selected. */
    public PostSummary singleSelection() {
        return selection.size() == 1 ? selection.get(0) : null;
    }

    List<PostSummary> rows() {
        return new ArrayList<>(posts);
    }

    PostListServices services() {
        return services;
    }

    public PostListActions actions() {
        return actions;
    }

    public UndoStack undoStack() {
        return undo;
    }

    public ObservableList<PostSummary> posts() {
        return posts;
    }

    public ObservableList<PostSummary> selection() {
        return selection;
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ObservableMap<StatusFilter, Integer> counts() {
        return counts;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<PostSort> sortProperty() {
        return sort;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Drag and drop and Alt+Up/Down only make sense in the manual order, outside the trash. */
    public ReadOnlyBooleanProperty reorderableProperty() {
        return reorderable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Long>> selectionRequestProperty() {
        return selectionRequest.getReadOnlyProperty();
    }
}
