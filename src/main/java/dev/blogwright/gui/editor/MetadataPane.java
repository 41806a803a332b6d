package dev.blogwright.gui.editor;

import dev.blogwright.gui.common.EmojiImages;
import dev.blogwright.model.PostStatus;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The post's details above the text: a title line always in sight, the rest in a collapsible pane. */
final class MetadataPane extends VBox {
    final TextField title = new TextField();
    final TextField slug = new TextField();
    final ComboBox<String> category = new ComboBox<>();

    MetadataPane(EditorViewModel vm) {
        PostForm form = vm.form();
        getStyleClass().add("metadata-pane");
        title.getStyleClass().add("title-field");
        title.setPromptText("Title");
        title.textProperty().bindBidirectional(form.titleProperty());
        slug.textProperty().bindBidirectional(form.slugProperty());
        Label taken = new Label("already used");
        taken.getStyleClass().add("warning-label");
        taken.visibleProperty().bind(vm.slugTakenProperty());
        taken.managedProperty().bind(taken.visibleProperty());

        category.setEditable(true);
        category.setItems(vm.getCategoryNames());
        category.setPromptText("No category");
        category.valueProperty().bindBidirectional(form.categoryProperty());

        IconField icon = new IconField(form.iconProperty(), EmojiImages.shared(), this);

        ComboBox<PostStatus> status = new ComboBox<>(FXCollections.observableArrayList(PostStatus.values()));
        status.valueProperty().bindBidirectional(form.statusProperty());
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(form.publishDateProperty());
        date.setPrefWidth(130);
        TextField time = new TextField();
        time.setPromptText("HH:mm");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(form.publishTimeProperty());
        Tooltip zone = new Tooltip();
        zone.textProperty().bind(form.publishZoneProperty());
        time.setTooltip(zone);
        Label scheduled = new Label("scheduled");
        scheduled.getStyleClass().add("scheduled-label");
        scheduled.visibleProperty().bind(form.scheduledBinding());
        CheckBox featured = new CheckBox("Featured");
        featured.selectedProperty().bindBidirectional(form.featuredProperty());

        TextArea excerpt = new TextArea();
        excerpt.setPrefRowCount(2);
        excerpt.setWrapText(true);
        excerpt.textProperty().bindBidirectional(form.excerptProperty());
        excerpt.promptTextProperty().bind(vm.autoExcerptProperty());
        TextField metaTitle = bound(form.metaTitleProperty(), "Meta title (defaults to the title)");
        TextField metaDescription = bound(form.metaDescriptionProperty(), "Meta description");
        TextField canonical = bound(form.canonicalUrlProperty(), "Canonical URL");
        TextField image = bound(form.featuredImageProperty(), "Featured image");
        Button chooseImage = new Button("Choose…");
        chooseImage.setOnAction(e -> vm.chooseFeaturedImage());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("metadata-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, new Label("Slug"), grow(slug, taken));
        grid.addRow(row++, new Label("Category"), new HBox(8, category, new Label("Icon"), icon));
        grid.addRow(row++, new Label("Tags"), new TagField(form.getTags(), vm.getTagNames()));
        grid.addRow(row++, new Label("Status"), new HBox(8, status, date, time, scheduled, featured));
        grid.addRow(row++, new Label("Excerpt"), excerpt);
        grid.addRow(row++, new Label("SEO"), new VBox(4, metaTitle, metaDescription, canonical));
        grid.addRow(row, new Label("Image"), grow(image, chooseImage));

        TitledPane details = new TitledPane("Details", grid);
        details.setExpanded(false);
        details.textProperty().bind(Bindings.createStringBinding(() -> "Details · "
                + form.statusProperty().get().key() + (form.categoryProperty().get() == null
                || form.categoryProperty().get().isBlank() ? "" : " · " + form.categoryProperty().get()),
                form.statusProperty(), form.categoryProperty()));
        getChildren().addAll(title, details);
    }

    private static TextField bound(javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static HBox grow(TextField field, javafx.scene.Node after) {
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(8, field, after);
    }
}
