package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.EmojiImages;
import dev.blogwright.gui.common.Wording;
import dev.blogwright.model.PostStatus;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;

/**
 * The post's details above the text: a title line always in sight, the rest in a collapsible pane. Each field
 * has its label above it and short fields share a row that wraps, so the form stays whole in a narrow editor
 * column (a label column beside the fields squeezed the labels to "…" at 1280 px). The open form scrolls within
 * a capped height so the text keeps most of the column.
 */
final class MetadataPane extends VBox {
    /** The open Details pane never takes more than this from the editor column. */
    private static final double MAX_FORM_HEIGHT = 300;

    final TextField title = new TextField();
    final TextField slug = new TextField();
    final ComboBox<String> category = new ComboBox<>();
    final TextField time = new TextField();
    final TextField metaTitle = bound(null, "Defaults to the title");
    final TextField metaDescription = bound(null, "A sentence for search results");
    final TextField canonical = bound(null, "https://…");
    final TextField language = bound(null, "Empty: the blog's language");
    final ParentField parent;
    final TitledPane details;
    final ScrollPane scroll;
    final ValidationSupport validation;

    MetadataPane(EditorViewModel vm) {
        PostForm form = vm.form();
        getStyleClass().add("metadata-pane");
        title.getStyleClass().add("title-field");
        title.setPromptText("Title");
        title.textProperty().bindBidirectional(form.titleProperty());
        WholeTextTooltip.attach(title);
        slug.textProperty().bindBidirectional(form.slugProperty());
        Label taken = new Label("already used");
        taken.getStyleClass().add("warning-label");
        taken.setMinWidth(Label.USE_PREF_SIZE);
        taken.visibleProperty().bind(vm.slugTakenProperty());
        taken.managedProperty().bind(taken.visibleProperty());

        category.setEditable(true);
        category.setItems(vm.getCategoryNames());
        category.setPromptText("No category");
        category.setPrefWidth(200);
        category.valueProperty().bindBidirectional(form.categoryProperty());

        IconField icon = new IconField(form.iconProperty(), EmojiImages.shared(), this);

        ComboBox<PostStatus> status = new ComboBox<>(FXCollections.observableArrayList(PostStatus.values()));
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(PostStatus s) {
                return s == null ? "" : Wording.status(s);
            }

            @Override
            public PostStatus fromString(String s) {
                return null;
            }
        });
        status.setPrefWidth(140);
        status.valueProperty().bindBidirectional(form.statusProperty());
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(form.publishDateProperty());
        date.setPrefWidth(160);
        date.setMinWidth(160);
        time.setPromptText("HH:mm");
        time.setPrefWidth(80);
        time.setMinWidth(80);
        time.textProperty().bindBidirectional(form.publishTimeProperty());
        Tooltip zone = new Tooltip();
        zone.textProperty().bind(form.publishZoneProperty());
        time.setTooltip(zone);
        Label scheduled = new Label("scheduled");
        scheduled.getStyleClass().add("scheduled-label");
        scheduled.visibleProperty().bind(form.scheduledBinding());
        scheduled.managedProperty().bind(scheduled.visibleProperty());
        CheckBox featured = new CheckBox("Featured");
        featured.selectedProperty().bindBidirectional(form.featuredProperty());

        TextArea excerpt = new TextArea();
        excerpt.setPrefRowCount(2);
        excerpt.setWrapText(true);
        excerpt.textProperty().bindBidirectional(form.excerptProperty());
        excerpt.promptTextProperty().bind(vm.autoExcerptProperty());
        metaTitle.textProperty().bindBidirectional(form.metaTitleProperty());
        metaDescription.textProperty().bindBidirectional(form.metaDescriptionProperty());
        canonical.textProperty().bindBidirectional(form.canonicalUrlProperty());
        language.textProperty().bindBidirectional(form.languageProperty());
        TextField image = bound(form.featuredImageProperty(), "assets/cover.png or https://…");
        Button chooseImage = new Button("Choose…");
        chooseImage.setMinWidth(Button.USE_PREF_SIZE);
        chooseImage.setOnAction(e -> vm.chooseFeaturedImage());

        parent = new ParentField(form.parentProperty(), vm.getParentChoices(), vm.parentRefusalProperty());
        VBox parentField = field("Parent page", parent);
        parent.box.setId("parent-page");
        ((Label) parentField.getChildren().get(0)).setLabelFor(parent.box);
        parentField.visibleProperty().bind(form.pageProperty());
        parentField.managedProperty().bind(form.pageProperty());
        // A page shows no category, tags or date on the site and is on no index to feature it in, so its form
        // does not ask for them.
        VBox categoryField = field("Category", category);
        VBox tagsField = field("Tags", new TagField(form.getTags(), vm.getTagNames()));
        VBox dateField = field("Date", date);
        VBox timeField = field("Time", new HBox(6, time, scheduled));
        VBox featuredField = field("", featured);
        for (Node postOnly : List.of(categoryField, tagsField, dateField, timeField, featuredField)) {
            postOnly.visibleProperty().bind(form.pageProperty().not());
            postOnly.managedProperty().bind(form.pageProperty().not());
        }
        VBox fields = new VBox(8,
                field("Slug", grow(slug, taken)),
                parentField,
                row(categoryField, field("Icon", icon)),
                tagsField,
                row(field("Status", status), dateField, timeField, featuredField),
                field("Excerpt", excerpt),
                field("Meta title", metaTitle),
                field("Meta description", metaDescription),
                field("Canonical URL", canonical),
                field("Language", language),
                field("Featured image", grow(image, chooseImage)));
        fields.getStyleClass().add("metadata-form");
        scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("metadata-scroll");
        scroll.setPrefViewportHeight(MAX_FORM_HEIGHT);
        scroll.setMaxHeight(MAX_FORM_HEIGHT);
        fields.heightProperty().addListener((o, a, h) -> scroll.setPrefViewportHeight(
                Math.min(MAX_FORM_HEIGHT, h.doubleValue())));

        details = new TitledPane("Details", scroll);
        details.getStyleClass().add("metadata-details");
        details.setExpanded(false);
        details.textProperty().bind(Bindings.createStringBinding(() -> "Details · "
                + Wording.status(form.statusProperty().get()) + (form.categoryProperty().get() == null
                || form.categoryProperty().get().isBlank() ? "" : " · " + form.categoryProperty().get()),
                form.statusProperty(), form.categoryProperty()));
        // Each post's details start at the top (Slug, Category), not where the last post's were scrolled to.
        vm.currentProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || was.id() != now.id())) {
                scroll.setVvalue(scroll.getVmin());
            }
        });
        getChildren().addAll(title, details);
        validation = MetadataValidation.install(this, vm);
    }

    /** A label above its field; the label takes its full text (never "…") and the field the width left. */
    private static VBox field(String label, Node node) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setLabelFor(node);
        VBox box = new VBox(2, l, node);
        box.setFillWidth(true);
        return box;
    }

    /** Short fields side by side, wrapping onto the next line when the column is narrow. */
    private static FlowPane row(Node... fields) {
        FlowPane row = new FlowPane(12, 8, fields);
        row.setAlignment(Pos.BOTTOM_LEFT);
        row.setRowValignment(VPos.BOTTOM);
        return row;
    }

    private static TextField bound(StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        if (property != null) {
            field.textProperty().bindBidirectional(property);
        }
        return field;
    }

    private static HBox grow(TextField field, Node after) {
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox box = new HBox(8, field, after);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
