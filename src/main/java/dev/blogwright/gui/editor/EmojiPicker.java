package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.EmojiCatalog.Emoji;
import dev.blogwright.gui.common.EmojiImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The icon picker: a search box, one tab per emoji category and a virtualized grid of pictures, in a popup of
 * its own fixed size that is kept inside the editor's window. A click (or Enter on a search) picks an emoji.
 */
final class EmojiPicker {
    /** The first tab: emoji bloggers use most as post icons. */
    static final String[] SUGGESTED = {"📝", "💡", "🚀", "🤖", "🔒", "🐛", "📈", "🧪", "🛠️", "📦", "🔥", "✅",
            "⚠️", "🎯", "🧠", "💬", "📚", "🌍", "⚡", "🎉", "🔍", "💾", "🧩", "☕"};
    static final String SUGGESTED_TAB = "Suggested";
    static final double WIDTH = 344;
    static final double HEIGHT = 340;
    static final double CELL = 34;
    static final double IMAGE = 24;
    private static final Map<String, Feather> TAB_ICONS = Map.of(SUGGESTED_TAB, Feather.STAR,
            "Smileys & Emotion", Feather.SMILE, "People & Body", Feather.USER, "Animals & Nature", Feather.FEATHER,
            "Food & Drink", Feather.COFFEE, "Travel & Places", Feather.GLOBE, "Activities", Feather.AWARD,
            "Objects", Feather.PACKAGE, "Symbols", Feather.HASH, "Flags", Feather.FLAG);

    private final EmojiImages images;
    private final Consumer<String> onPick;
    private final Popup popup = new Popup();
    private final TextField search = new TextField();
    private final ToggleGroup tabs = new ToggleGroup();
    private final GridView<Emoji> grid = new GridView<>();
    private final Label nothing = new Label();

    EmojiPicker(EmojiImages images, Consumer<String> onPick) {
        this.images = images;
        this.onPick = onPick;
        search.setPromptText("Search emoji (name or paste one)");
        search.getStyleClass().add("emoji-search");
        search.textProperty().addListener((o, a, now) -> refresh());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !grid.getItems().isEmpty()) {
                pick(grid.getItems().get(0));
                e.consume();
            }
        });

        HBox tabBar = new HBox(2);
        tabBar.getStyleClass().add("emoji-tabs");
        addTab(tabBar, SUGGESTED_TAB);
        images.catalog().categories().keySet().forEach(c -> addTab(tabBar, c));
        tabs.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                tabs.selectToggle(old);   // a tab bar always has one tab chosen
            } else {
                search.clear();
                refresh();
            }
        });

        grid.getStyleClass().add("emoji-grid");
        grid.setCellWidth(CELL);
        grid.setCellHeight(CELL);
        grid.setHorizontalCellSpacing(1);
        grid.setVerticalCellSpacing(1);
        grid.setCellFactory(g -> new EmojiCell(images, this::pick));
        nothing.getStyleClass().add("emoji-nothing");
        nothing.setWrapText(true);
        nothing.setMouseTransparent(true);
        StackPane body = new StackPane(grid, nothing);
        VBox.setVgrow(body, Priority.ALWAYS);

        VBox root = new VBox(6, search, tabBar, body);
        root.getStyleClass().add("emoji-picker");
        root.getStylesheets().add(EmojiPicker.class.getResource("emoji-picker.css").toExternalForm());
        root.setPrefSize(WIDTH, HEIGHT);
        root.setMinSize(WIDTH, HEIGHT);
        root.setMaxSize(WIDTH, HEIGHT);
        popup.getContent().add(root);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        tabs.selectToggle(tabs.getToggles().get(0));
    }

    /**
     * Opens a picker under {@code anchor} (above it when there is no room below), kept inside {@code area}'s
     * width where it fits (the editor's column, so it does not cover the preview) and always inside the window.
     */
    static EmojiPicker show(Node anchor, Node area, EmojiImages images, Consumer<String> onPick) {
        EmojiPicker picker = new EmojiPicker(images, onPick);
        picker.showUnder(anchor, area);
        return picker;
    }

    void showUnder(Node anchor, Node area) {
        Region root = (Region) popup.getContent().get(0);
        // A popup has a scene of its own: give it the window's stylesheets so it wears the app's theme.
        root.getStylesheets().addAll(0, anchor.getScene().getStylesheets());
        Bounds at = anchor.localToScreen(anchor.getBoundsInLocal());
        Bounds within = area.localToScreen(area.getBoundsInLocal());
        Window window = anchor.getScene().getWindow();
        double x = clamp(at.getMinX(), within.getMinX(), within.getMaxX() - WIDTH);
        x = clamp(x, window.getX(), window.getX() + window.getWidth() - WIDTH);
        double below = at.getMaxY() + 2;
        double y = below + HEIGHT <= window.getY() + window.getHeight() ? below : at.getMinY() - HEIGHT - 2;
        popup.show(anchor, x, Math.max(window.getY(), y));
        search.requestFocus();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }

    private void addTab(HBox bar, String category) {
        ToggleButton tab = new ToggleButton(null, new FontIcon(TAB_ICONS.getOrDefault(category, Feather.HASH)));
        tab.setUserData(category);
        tab.setToggleGroup(tabs);
        tab.setTooltip(new Tooltip(category));
        tab.setAccessibleText(category);
        tab.getStyleClass().addAll("flat", "emoji-tab");
        // The tabs share the row's width: at their own width the last one (Flags) was cut at the picker's edge.
        tab.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tab, Priority.ALWAYS);
        bar.getChildren().add(tab);
    }

    private void refresh() {
        String query = search.getText();
        List<Emoji> shown;
        if (query != null && !query.isBlank()) {
            shown = images.catalog().search(query);
            nothing.setText("No emoji matches “" + query.strip() + "”.");
        } else {
            shown = category(selectedCategory());
            nothing.setText("");
        }
        grid.setItems(FXCollections.observableArrayList(shown));
        nothing.setVisible(shown.isEmpty());
    }

    String selectedCategory() {
        return tabs.getSelectedToggle() == null ? SUGGESTED_TAB : (String) tabs.getSelectedToggle().getUserData();
    }

    private List<Emoji> category(String name) {
        if (!SUGGESTED_TAB.equals(name)) {
            return images.catalog().categories().getOrDefault(name, List.of());
        }
        List<Emoji> suggested = new ArrayList<>();
        for (String s : SUGGESTED) {
            images.catalog().find(s).ifPresent(suggested::add);
        }
        return suggested;
    }

    private void pick(Emoji emoji) {
        onPick.accept(emoji.text());
        popup.hide();
    }

    Popup popup() {
        return popup;
    }

    TextField search() {
        return search;
    }

    GridView<Emoji> grid() {
        return grid;
    }

    ToggleGroup tabs() {
        return tabs;
    }
}
