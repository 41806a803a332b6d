package dev.blogwright.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.ThemeChoices;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.Theme;
import dev.blogwright.model.ThemeOptions;
import dev.blogwright.store.TestLibraries;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Theme tab of Blog settings as a person uses it, in the light and the dark theme. */
@Timeout(90)
class ThemeSettingsTabTest extends FxRobot {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private FakeDialogService dialogs;
    private BlogSettingsDialog dialog;
    private TabPane tabs;

    @BeforeEach
    void open() throws Exception {
        library = TestLibraries.sample(dir);
        dialogs = new FakeDialogService();
        Stage stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            stage.show();
            ThemeChoices choices = new ThemeChoices(library);
            dialog = new BlogSettingsDialog(stage, new BlogSettingsViewModel(library.settings()),
                    new ThemeOptionsViewModel(library.themeOptions(), choices::importImage, library.assets().folder()),
                    dialogs);
            dialog.show();
            tabs = (TabPane) dialog.getDialogPane().getContent();
            tabs.getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> {
            if (dialog != null) {
                dialog.close();
            }
            Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        });
        FxToolkit.cleanupStages();
        library.close();
    }

    private TextField accentField() {
        return (TextField) labelled("Accent (light)");
    }

    private Node labelled(String text) {
        Label label = tabs.getSelectionModel().getSelectedItem().getContent().lookupAll(".label").stream()
                .map(Label.class::cast).filter(l -> text.equals(l.getText())).findFirst().orElseThrow();
        Node box = label.getLabelFor();
        return box instanceof HBox h ? h.getChildren().get(0) : box;
    }

    private Label ratioLabel() {
        HBox box = (HBox) accentField().getParent();
        return (Label) box.getChildren().get(2);
    }

    @Test
    void anEmptyColourShowsNoSwatchThatCouldPassForACheckBox() {
        HBox box = (HBox) accentField().getParent();
        Node swatch = box.getChildren().get(1);
        interact(() -> accentField().setText(""));
        assertThat(swatch.isVisible()).isFalse();
        interact(() -> accentField().setText("#1d4ed8"));
        assertThat(swatch.isVisible()).isTrue();
    }

    @Test
    void aLowContrastAccentShowsItsRatioAndIsNotSaved() {
        interact(() -> accentField().setText("#999999"));
        assertThat(ratioLabel().getText()).contains("below 4.5:1");
        interact(() -> ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire());
        assertThat(dialog.isShowing()).isTrue();
        assertThat(library.themeOptions().load().accent()).isEmpty();
        interact(() -> accentField().setText("#1d4ed8"));
        assertThat(ratioLabel().getText()).contains("readable");
        interact(() -> ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.themeOptions().load().accent()).isEqualTo("#1d4ed8");
    }

    @Test
    void aChosenFaviconIsCopiedIntoTheLibraryAndShownAsAThumbnail() throws Exception {
        Path png = dir.resolve("icon.png");
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0f766e));
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
        dialogs.files.add(png);
        HBox row = (HBox) labelled("Favicon").getParent();
        interact(() -> ((Button) row.getChildren().get(2)).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((ImageView) row.getChildren().get(0)).getImage() != null);
        interact(() -> ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        ThemeOptions saved = library.themeOptions().load();
        assertThat(saved.favicon()).startsWith("assets/");
        assertThat(library.assets().folder().resolve(saved.favicon().substring("assets/".length()))).exists();
    }

    @Test
    void theDateFormatIsChosenFromExamples() {
        interact(() -> tabs.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        ComboBox<String> formats = (ComboBox<String>) labelled("Date format");
        assertThat(formats.getItems()).extracting(p -> formats.getConverter().toString(p))
                .contains("7 December 2026", "December 7, 2026", "2026-12-07", "Monday, 7 December 2026");
        interact(() -> formats.setValue("d MMM yyyy"));
        interact(() -> ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.settings().load().dateFormat()).isEqualTo("d MMM yyyy");
    }

    @Test
    void noLabelIsCutInTheLightOrTheDarkTheme() throws Exception {
        Path png = dir.resolve("logo.png");
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0f766e));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
        dialogs.files.add(png);
        HBox logoRow = (HBox) labelled("Logo").getParent();
        interact(() -> {
            ((Button) logoRow.getChildren().get(2)).fire();
            accentField().setText("#1d4ed8");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((ImageView) logoRow.getChildren().get(0)).getImage() != null
                && ((ImageView) logoRow.getChildren().get(0)).getImage().getProgress() >= 1);
        for (Theme theme : Theme.values()) {
            interact(() -> {
                Application.setUserAgentStylesheet(theme.stylesheet());
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            });
            // The new stylesheet's sizes reach the labels on a later pulse: style and lay out the dialog now.
            interact(() -> {
                dialog.getDialogPane().getScene().getRoot().applyCss();
                dialog.getDialogPane().getScene().getRoot().layout();
            });
            for (var node : tabs.getSelectionModel().getSelectedItem().getContent().lookupAll(".label")) {
                Label label = (Label) node;
                if (label.isVisible() && label.getText() != null && !label.getText().isEmpty()) {
                    assertThat(label.getWidth()).as(theme + ": " + label.getText())
                            .isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
                }
            }
            snapshot(theme);
        }
    }

    /** A picture of the tab for people to look at, beside the UI audit's. */
    private void snapshot(Theme theme) throws Exception {
        Path folder = Path.of("target", "ui-snapshots");
        Files.createDirectories(folder);
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = dialog.getDialogPane().getScene().snapshot(null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = shot[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", folder.resolve("settings-theme-" + theme.key() + ".png").toFile());
    }
}
