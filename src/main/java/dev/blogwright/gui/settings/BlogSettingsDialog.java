package dev.blogwright.gui.settings;

import dev.blogwright.gui.common.DialogLook;
import dev.blogwright.gui.common.DialogService;
import dev.blogwright.gui.common.FormGrid;
import dev.blogwright.gui.common.Wording;
import dev.blogwright.model.IndexOrder;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Blog settings as a form dialog: the General tab and the Theme tab (options read by the theme's templates). Fields that cannot be saved as typed carry a ControlsFX error mark (its tooltip
 * says why) while the person types; OK is still refused with the first reason shown under the form.
 */
public final class BlogSettingsDialog extends Dialog<ButtonType> {
    private final GridPane grid = new GridPane();
    private final ValidationSupport validation = new ValidationSupport();
    private int row;

    public BlogSettingsDialog(Window owner, BlogSettingsViewModel vm, ThemeOptionsViewModel themeVm,
                              DialogService dialogs) {
        initOwner(owner);
        setTitle("Blog settings");
        setResizable(true);
        FormGrid.labelsAndFields(grid, 12);
        text("Header", vm.headerProperty(), null);
        text("Title", vm.titleProperty(), BlogSettingsViewModel::titleProblem);
        text("Tagline", vm.taglineProperty(), null);
        TextArea description = new TextArea();
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        add("Description", description);
        text("Base URL", vm.baseUrlProperty(), BlogSettingsViewModel::baseUrlProblem)
                .setPromptText("https://blog.example.com/");
        text("Author", vm.authorProperty(), null);
        text("Language", vm.languageProperty(), BlogSettingsViewModel::languageProblem).setPromptText("en");
        add("", LanguageHints.under(vm.languageProperty()));
        Spinner<Integer> perPage = new Spinner<>(1, 500, vm.getPostsPerPage());
        perPage.setEditable(true);
        perPage.setPrefWidth(110);
        perPage.valueProperty().addListener((o, a, b) -> vm.postsPerPageProperty().set(b));
        add("Posts per page", perPage);
        ChoiceBox<IndexOrder> order = new ChoiceBox<>();
        order.getItems().setAll(IndexOrder.values());
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(IndexOrder o) {
                return o == null ? "" : Wording.indexOrder(o);
            }

            @Override
            public IndexOrder fromString(String s) {
                return null;
            }
        });
        order.valueProperty().bindBidirectional(vm.indexOrderProperty());
        add("Index order", order);
        TextField theme = new TextField();
        theme.setPromptText("built-in theme");
        theme.textProperty().bindBidirectional(vm.themeProperty());
        Button browse = new Button("Choose…");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> dialogs.chooseFolder("Theme folder", vm.getTheme().isBlank() ? null
                : Path.of(vm.getTheme())).ifPresent(p -> vm.themeProperty().set(p.toString())));
        HBox.setHgrow(theme, Priority.ALWAYS);
        add("Theme folder", new HBox(6, theme, browse));
        add("Date format", DateFormatChoice.of(vm.dateFormatProperty(), vm.languageProperty()));
        text("Time zone", vm.timeZoneProperty(), BlogSettingsViewModel::timeZoneProblem).setPromptText("Europe/Berlin");
        CheckBox raw = new CheckBox("Trust raw HTML in posts (otherwise it is sanitized)");
        raw.setMinWidth(Region.USE_PREF_SIZE);
        raw.selectedProperty().bindBidirectional(vm.trustRawHtmlProperty());
        add("", raw);
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        add("", problem);
        ThemeOptionsPane themePane = new ThemeOptionsPane(themeVm, dialogs);
        Tab general = new Tab("General", grid);
        Tab themeTab = new Tab("Theme", themePane);
        TabPane tabs = new TabPane(general, themeTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getDialogPane().setContent(tabs);
        DialogLook.apply(this);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            // Both tabs are checked before either is saved, so OK never saves half the form.
            Optional<String> settingsProblem = vm.validate();
            Optional<String> themeProblem = themeVm.validate();
            problem.setText(settingsProblem.orElse(""));
            themePane.problemLabel().setText(themeProblem.orElse(""));
            if (settingsProblem.isPresent() || themeProblem.isPresent()) {
                tabs.getSelectionModel().select(settingsProblem.isPresent() ? general : themeTab);
                e.consume();
                return;
            }
            vm.save();
            themeVm.save();
        });
    }

    private TextField text(String label, StringProperty property, Function<String, Optional<String>> rule) {
        TextField field = new TextField();
        field.setPrefColumnCount(36);
        field.textProperty().bindBidirectional(property);
        add(label, field);
        if (rule != null) {
            validation.registerValidator(field, false, (Control c, String value) -> rule.apply(value)
                    .map(m -> ValidationResult.fromMessageIf(c, m, Severity.ERROR, true))
                    .orElseGet(ValidationResult::new));
        }
        return field;
    }

    private void add(String label, Node node) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(node);
        grid.addRow(row++, l, node);
        GridPane.setHgrow(node, Priority.ALWAYS);
    }
}
