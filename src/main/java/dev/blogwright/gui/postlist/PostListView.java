package dev.blogwright.gui.postlist;

import dev.blogwright.gui.common.EmojiImages;
import dev.blogwright.gui.common.Wording;
import dev.blogwright.logic.post.PostSort;
import dev.blogwright.model.Category;
import dev.blogwright.model.PostKind;
import dev.blogwright.model.PostSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The post list on the left: search, status tabs with counts, category filter, sort, and the virtualized table.
 * It only binds and forwards; what happens lives in {@link PostListViewModel} and {@link PostListActions}.
 */
public final class PostListView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    @FXML private TextField searchField;
    @FXML private FlowPane statusTabs;
    @FXML private ComboBox<Category> categoryBox;
    @FXML private ComboBox<PostSort> sortBox;
    @FXML private TableView<PostSummary> table;
    @FXML private TableColumn<PostSummary, String> iconColumn;
    @FXML private TableColumn<PostSummary, String> titleColumn;
    @FXML private TableColumn<PostSummary, String> categoryColumn;
    @FXML private TableColumn<PostSummary, String> statusColumn;
    @FXML private TableColumn<PostSummary, String> dateColumn;
    @FXML private TableColumn<PostSummary, Number> wordsColumn;
    @FXML private Label emptyLabel;

    private final PostListViewModel vm;
    private final Parent root;
    private final ToggleGroup tabs = new ToggleGroup();
    private final ToggleGroup kinds = new ToggleGroup();
    @FXML private HBox kindSwitch;
    private boolean applyingSelection;

    public PostListView(PostListViewModel vm) {
        this.vm = vm;
        FXMLLoader loader = new FXMLLoader(PostListView.class.getResource("PostListView.fxml"));
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("PostListView.fxml is missing from the build", e);
        }
    }

    @FXML
    private void initialize() {
        bindSearch();
        buildKindSwitch();
        buildTabs();
        bindFilters();
        buildTable();
        new PagesMode(vm, categoryBox, sortBox, statusTabs, table, List.of(categoryColumn, dateColumn), emptyLabel);
    }

    private void bindSearch() {
        PauseTransition debounce = new PauseTransition(Duration.millis(150));
        debounce.setOnFinished(e -> vm.searchProperty().set(searchField.getText()));
        searchField.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        searchField.setOnAction(e -> {
            debounce.stop();
            vm.searchProperty().set(searchField.getText());
        });
        // Esc empties a search at once (and is left to the window when the box is already empty).
        searchField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                debounce.stop();
                vm.searchProperty().set("");
                e.consume();
            }
        });
    }

    /** Two toggles drawn as one control (AtlantaFX's pill classes); one is always selected. */
    private void buildKindSwitch() {
        for (PostKind k : PostKind.values()) {
            ToggleButton b = new ToggleButton(k == PostKind.POST ? "Posts" : "Pages");
            b.setId("kind-" + k.key() + "s");
            b.setUserData(k);
            b.setToggleGroup(kinds);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add(k == PostKind.POST ? "left-pill" : "right-pill");
            kindSwitch.getChildren().add(b);
        }
        kinds.selectToggle(kinds.getToggles().get(vm.kindProperty().get().ordinal()));
        // The list may turn to its pages by itself (the page open last time), and the switch must say so.
        vm.kindProperty().addListener((o, a, k) -> kinds.selectToggle(kinds.getToggles().get(k.ordinal())));
        kinds.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                kinds.selectToggle(a);
            } else {
                vm.kindProperty().set((PostKind) b.getUserData());
            }
        });
        searchField.promptTextProperty().bind(Bindings.when(
                vm.kindProperty().isEqualTo(PostKind.PAGE)).then("Search pages").otherwise(searchField.getPromptText()));
    }

    private void buildTabs() {
        for (StatusFilter f : StatusFilter.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("tab-" + f.name().toLowerCase(Locale.ROOT));
            b.setUserData(f);
            b.setToggleGroup(tabs);
            b.setFocusTraversable(false);
            b.getStyleClass().add("status-tab");
            statusTabs.getChildren().add(b);
        }
        updateTabLabels();
        vm.counts().addListener((MapChangeListener<StatusFilter, Integer>) c -> updateTabLabels());
        tabs.selectToggle(tabs.getToggles().get(vm.statusProperty().get().ordinal()));
        tabs.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                tabs.selectToggle(a);
            } else {
                vm.statusProperty().set((StatusFilter) b.getUserData());
            }
        });
    }

    private void updateTabLabels() {
        for (var node : statusTabs.getChildren()) {
            ToggleButton b = (ToggleButton) node;
            StatusFilter f = (StatusFilter) b.getUserData();
            b.setText(f.label() + " " + vm.counts().getOrDefault(f, 0));
        }
    }

    private void bindFilters() {
        categoryBox.getItems().add(null);
        vm.categories().addListener((ListChangeListener<Category>) c -> {
            // Replacing the items moves the box's value about; the filter must not see that (each move was a
            // reload that overtook the one selecting the post open last time).
            Category chosen = vm.categoryProperty().get();
            categoryBox.valueProperty().unbindBidirectional(vm.categoryProperty());
            categoryBox.getItems().setAll(vm.categories());
            categoryBox.getItems().add(0, null);
            categoryBox.setValue(chosen);
            categoryBox.valueProperty().bindBidirectional(vm.categoryProperty());
        });
        categoryBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Category c) {
                return c == null ? "All categories" : c.name();
            }

            @Override
            public Category fromString(String s) {
                return null;
            }
        });
        categoryBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Category item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? "All categories" : item.name());
            }
        });
        categoryBox.valueProperty().bindBidirectional(vm.categoryProperty());
        sortBox.getItems().setAll(PostSort.values());
        sortBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(PostSort s) {
                return s == null ? "" : switch (s) {
                    case MANUAL -> "Manual order";
                    case PUBLISHED -> "Date";
                    case TITLE -> "Title";
                    case UPDATED -> "Last updated";
                };
            }

            @Override
            public PostSort fromString(String s) {
                return null;
            }
        });
        sortBox.valueProperty().bindBidirectional(vm.sortProperty());
    }

    private void buildTable() {
        table.setItems(vm.posts());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        iconColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().icon()));
        iconColumn.setCellFactory(c -> new IconCell(EmojiImages.shared()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        titleColumn.setCellFactory(c -> new PostTitleCell(vm));
        categoryColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().categoryName() == null ? "" : c.getValue().categoryName()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Wording.status(c.getValue().status())));
        dateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().publishedAt() == null ? "—" : DATE.format(c.getValue().publishedAt())));
        wordsColumn.setCellValueFactory(c -> Bindings.createObjectBinding(
                () -> vm.words(c.getValue()), vm.savedWords()));
        table.setRowFactory(new PostRowFactory(vm));
        // The view model's copy of the selection: the table's own list must not be read while it is changing.
        ContextMenu menu = new PostContextMenu(vm, () -> List.copyOf(vm.selection())).menu();
        table.setContextMenu(menu);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown())) {
                showMenuAtFocusedRow(menu);
                e.consume();
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PostSummary>) c -> {
            if (!applyingSelection) {
                vm.select(List.copyOf(table.getSelectionModel().getSelectedItems()));
            }
        });
        vm.selectionRequestProperty().addListener((o, a, ids) -> {
            if (ids != null) {
                applySelection(ids);
            }
        });
    }

    /**
     * Shift+F10 and the Menu key open the menu under the focused row (or the table's corner), as a right click
     * would; not every platform's toolkit turns those keys into a context-menu request by itself.
     */
    private void showMenuAtFocusedRow(ContextMenu menu) {
        if (menu.isShowing()) {
            return;
        }
        Node anchor = table;
        int focused = table.getFocusModel().getFocusedIndex();
        for (Node row : table.lookupAll(".table-row-cell")) {
            if (row instanceof TableRow<?> r && r.getIndex() == focused && r.isVisible()) {
                anchor = r;
            }
        }
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        if (b != null) {
            menu.show(anchor, b.getMinX() + Math.min(24, b.getWidth() / 2), b.getMaxY());
        }
    }

    /** Re-selects rows by id after a reload replaced the items (their records are new objects). */
    private void applySelection(List<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        applyingSelection = true;
        try {
            table.getSelectionModel().clearSelection();
            int first = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (wanted.contains(table.getItems().get(i).id())) {
                    table.getSelectionModel().select(i);
                    first = first < 0 ? i : first;
                }
            }
            if (first >= 0) {
                table.getFocusModel().focus(first);
                int firstRow = first;
                table.scrollTo(Math.max(0, firstRow - 3));
            }
        } finally {
            applyingSelection = false;
        }
        vm.select(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    public List<PostSummary> selectedRows() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    public Parent node() {
        return root;
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void focusTable() {
        table.requestFocus();
    }

    public boolean hasFocus() {
        var owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (var n = owner; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }
}
