package dev.blogwright.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.audit.SceneAudit;
import dev.blogwright.gui.common.Theme;
import dev.blogwright.gui.editor.MarkdownHighlighter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The app as a person sees it (issue 17): every screen at 1280×800 and 1920×1080, light and dark, shows no control
 * with its own text cut short, no text under 4.5:1 contrast (the editor's Markdown highlighting included) and no
 * overflowing toolbar. Each screen's PNG lands in {@code target/ui-snapshots/} before it is judged, so a failure
 * can be looked at; the failure message names the screen, the node and the text.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class UiAuditTest {
    static final Path SNAPSHOTS = Path.of("target", "ui-snapshots");

    @TempDir
    Path dir;

    static Stream<Arguments> screens() {
        return Arrays.stream(Theme.values()).flatMap(t -> UiScreens.SIZES.stream().map(s -> Arguments.of(t, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("screens")
    void noScreenCutsTextOrHidesItInLowContrast(Theme theme, UiScreens.Size size) throws Exception {
        UiScreens screens = new UiScreens(dir, theme, size);
        List<SceneAudit.Finding> findings = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        SceneAudit[] editor = new SceneAudit[1];
        screens.visitAll((screen, window) -> {
            UiScreens.snapshot(window, SNAPSHOTS.resolve(screens.snapshotName(screen)));
            // CSS and layout first, in the same FX turn: a label whose text just changed (the status bar's
            // "Saving…" → "Saved") shows its new text only after the next layout, and would read as cut.
            SceneAudit audit = UiScreens.call(() -> {
                window.getScene().getRoot().applyCss();
                window.getScene().getRoot().layout();
                return new SceneAudit(size + " " + theme.key() + " " + screen).audit(window.getScene().getRoot());
            });
            findings.addAll(audit.findings());
            visited.add(screen);
            if (screen.equals("editor-highlighting")) {
                editor[0] = audit;
            }
        });
        Files.write(SNAPSHOTS.resolve("findings-" + size + "-" + theme.key() + ".txt"),
                findings.stream().map(Object::toString).toList());
        assertThat(visited).contains("main", "main-details", "editor-highlighting", "writing-aids", "find-replace", "icon-picker",
                "settings", "export",
                "import-preview", "categories", "statistics", "history", "shortcuts", "about", "error", "startup");
        // Every highlighting style was on screen and so had its contrast checked.
        assertThat(editor[0].textStyleClasses()).as("highlighting styles seen in the editor")
                .containsAll(MarkdownHighlighter.styleClasses());
        assertThat(findings).as("what a person would see cut short or unreadable").isEmpty();
    }
}
