package dev.blogwright.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.history.LineDiff;
import dev.blogwright.gui.preview.PreviewPage;
import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.Post;
import dev.blogwright.model.Revision;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.fxmisc.richtext.NavigationActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The editor as a user meets it, on a temporary sample library, headless through Monocle. */
@Timeout(60)
class MarkdownEditorViewTest extends FxRobot {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private MarkdownEditorView editor;
    private Post post;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void mount() throws Exception {
        library = BlogLibrary.open(dir.resolve("blog.db"), OpenMode.CREATE);
        library.installSample();
        post = library.posts().posts(PostQuery.all()).get(0);
        // The first mount starts WebKit and RichTextFX, which on a busy machine outlasts TestFX's setup wait.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> editor = EditorFixtureApp.mount(s, library, dialogs));
        interact(() -> editor.open(post.id()));
        waitUntil(() -> editor.viewModel().getCurrent() != null && editor.area().getLength() > 0);
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void unmount() throws Exception {
        interact(() -> editor.flush());
        FxToolkit.cleanupStages();
        library.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private String previewHeading() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Document doc = editor.preview().document();
            Element body = doc == null ? null
                    : doc.getElementById(PreviewPage.ARTICLE_ID);
            // The post's own headings sit under the page's h1 title: "# Hello" is the article's h2.
            NodeList h2 = body == null ? null : body.getElementsByTagName("h2");
            return h2 == null || h2.getLength() == 0 ? "" : h2.item(0).getTextContent();
        }).get();
    }

    @Test
    void scriptInAPostNeverRunsInThePreview() throws Exception {
        String payloads = String.join("\n\n",
                "<script>document.title='PWNED'</script>",
                "<img src=x onerror=\"document.title='PWNED'\">",
                "<svg onload=\"document.title='PWNED'\"></svg>",
                "[click](javascript:document.title='PWNED')",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "marker-after-payloads");
        interact(() -> editor.area().replaceText(payloads));
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> {
            Document doc = editor.preview().document();
            Element body = doc == null ? null
                    : doc.getElementById(PreviewPage.ARTICLE_ID);
            return body != null && body.getTextContent().contains("marker-after-payloads");
        }).get());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor.preview().engine().isJavaScriptEnabled()).get()).isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor.preview().engine().getTitle()).get()).isNotEqualTo("PWNED");
        String html = WaitForAsyncUtils.asyncFx(() -> {
            Document doc = editor.preview().document();
            return ((Element) doc.getElementById(PreviewPage.ARTICLE_ID))
                    .getElementsByTagName("script").getLength() + "|"
                    + doc.getElementsByTagName("iframe").getLength();
        }).get();
        assertThat(html).isEqualTo("0|0");
    }

    @Test
    void typedHeadingAppearsInThePreview() throws Exception {
        interact(() -> editor.area().clear());
        clickOn(editor.area()).write("# Hello");
        waitUntil(() -> previewHeading().equals("Hello"));
        assertThat(editor.area().getText()).isEqualTo("# Hello");
    }

    @Test
    void thePreviewWearsTheThemesPostHeader() throws Exception {
        String title = editor.viewModel().getCurrent().title();
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> {
            Document doc = editor.preview().document();
            NodeList h1 = doc == null ? null : doc.getElementsByTagName("h1");
            return h1 != null && h1.getLength() > 0 && h1.item(0).getTextContent().equals(title)
                    && doc.getElementsByTagName("time").getLength() == 1;
        }).get());
    }

    @Test
    void renamedTitleMovesTheSlug() throws Exception {
        Post fresh = library.posts().create(Post.draft("Untitled", "").build());
        interact(() -> editor.open(fresh.id()));
        waitUntil(() -> editor.viewModel().getCurrent().id() == fresh.id());
        TextField title = editor.metadata().title;
        interact(title::clear);
        clickOn(title).write("Hello Slug World");
        assertThat(editor.metadata().slug.getText()).isEqualTo("hello-slug-world");
    }

    @Test
    void typedTextIsInTheLibraryWithinTwoSeconds() throws Exception {
        interact(() -> editor.area().moveTo(editor.area().getLength()));
        clickOn(editor.area());
        interact(() -> editor.area().end(NavigationActions.SelectionPolicy.CLEAR));
        write("\n\nautosaved sentence");
        // The save runs on a worker after the typing pause: wait for it rather than sleep a guess a loaded machine
        // can outlast. It is due the debounce after the last key; another reader then sees it.
        waitUntil(() -> library.posts().find(post.id()).orElseThrow().body().contains("autosaved sentence"));
        assertThat(Autosave.DEBOUNCE).isLessThan(Duration.ofSeconds(2));
        try (BlogLibrary second = BlogLibrary.open(library.file(), OpenMode.READ_ONLY)) {
            assertThat(second.posts().find(post.id()).orElseThrow().body()).contains("autosaved sentence");
        }
    }

    @Test
    void pastedImageFileIsStoredAndReferenced() throws Exception {
        Path image = dir.resolve("team-photo.png");
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        dialogs.answers.add("team photo"); // the alt text asked on insert
        interact(() -> {
            editor.area().moveTo(0);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(image.toFile()));
            Clipboard.getSystemClipboard().setContent(content);
            editor.area().paste();
        });
        waitUntil(() -> editor.area().getText().startsWith("![team photo](assets/"));
        String reference = editor.area().getText().substring("![team photo](".length()).split("\\)")[0];
        assertThat(library.assets().folder().resolve(reference.substring("assets/".length()))).exists();
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> {
            // In the post's body: the page header has an image of its own, the post icon.
            NodeList imgs = editor.preview().document()
                    .getElementById(PreviewPage.ARTICLE_ID).getElementsByTagName("img");
            return imgs.getLength() > 0 && ((Element) imgs.item(0)).getAttribute("src")
                    .startsWith(library.assets().folder().toUri().toString());
        }).get());
    }

    @Test
    void restoringARevisionBringsBackItsText() throws Exception {
        String original = editor.area().getText();
        interact(() -> editor.saveWithRevision());
        interact(() -> editor.area().replaceText("completely rewritten"));
        interact(() -> editor.saveWithRevision());
        waitUntil(() -> library.revisions().history(post.id()).stream()
                .anyMatch(r -> r.body().equals("completely rewritten")));
        interact(() -> editor.showHistory());
        @SuppressWarnings("unchecked")
        ListView<Revision> list = (ListView<Revision>) lookup(".revision-list").query();
        waitUntil(() -> list.getItems().size() >= 2);
        Revision old = list.getItems().stream().filter(r -> r.body().equals(original)).findFirst().orElseThrow();
        interact(() -> list.getSelectionModel().select(old));
        @SuppressWarnings("unchecked")
        ListView<LineDiff.Line> diff = (ListView<LineDiff.Line>) lookup(".diff-view").query();
        assertThat(diff.getItems()).extracting(LineDiff.Line::text).contains("completely rewritten");
        clickOn("Restore");
        waitUntil(() -> editor.area().getText().equals(original));
        assertThat(library.posts().find(post.id()).orElseThrow().body()).isEqualTo(original);
        assertThat(Window.getWindows()).hasSize(1);
    }

    @Test
    void previewFollowsTheEditorScrollRatio() throws Exception {
        String longText = "# Top\n\n" + "A paragraph of prose that fills the preview.\n\n".repeat(300);
        interact(() -> editor.area().replaceText(longText));
        waitUntil(() -> previewHeading().equals("Top"));
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> {
            editor.preview().scrollRatioProperty().set(1.0);
            return editor.preview().currentScrollRatio() > 0.95;
        }).get());
        interact(() -> editor.preview().scrollRatioProperty().set(0.0));
        // WebKit scrolls on its own later pulse, as it did for 1.0 above.
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> editor.preview().currentScrollRatio()).get() < 0.05);
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor.preview().currentScrollRatio()).get()).isLessThan(0.05);
    }

    @Test
    void garbledPostOffersRepairAndRepairsIt() throws Exception {
        Post garbled = library.posts().create(Post.draft("Mojibake", "AI โ€” the robots ๐Ÿค– arrive").build());
        interact(() -> editor.open(garbled.id()));
        waitUntil(() -> editor.viewModel().getCurrent().id() == garbled.id());
        assertThat(editor.notices().pane().isShowing()).isTrue();
        waitUntil(() -> lookup((Button b) -> "Repair".equals(b.getText())).tryQuery().isPresent());
        Button repair = lookup((Button b) -> "Repair".equals(b.getText())).queryButton();
        NoticeBars.waitUntilSlidIn(repair); // a click aimed while the notice slides in lands beside the button
        clickOn(repair);
        assertThat(editor.area().getText()).isEqualTo("AI — the robots 🤖 arrive");
        waitUntil(() -> !editor.notices().pane().isShowing());
    }

    @Test
    void typedMarkdownIsHighlightedIncrementally() throws Exception {
        interact(() -> editor.area().clear());
        clickOn(editor.area()).write("plain then # not heading");
        interact(() -> editor.area().moveTo(0));
        write("# ");
        waitUntil(() -> editor.area().getStyleOfChar(10).contains("md-heading"));
        interact(() -> editor.area().moveTo(editor.area().getLength()));
        write("\n\nsome **bold**");
        waitUntil(() -> editor.area().getStyleOfChar(editor.area().getLength() - 3).contains("md-bold"));
        assertThat(editor.area().getStyleOfChar(editor.area().getLength() - 12)).isEmpty();
    }
}
