package dev.blogwright.gui.editor;

import static dev.blogwright.gui.editor.EditorMount.onFx;
import static dev.blogwright.gui.editor.EditorMount.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.post.PostQuery;
import dev.blogwright.model.BlogSettings;
import dev.blogwright.model.Post;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Spelling as you type in the editor (issue 23): marks, the context menu, prose only. The sample blog is en-GB. */
@Timeout(120)
class SpellingMarksTest extends FxRobot {
    @TempDir
    Path dir;
    private EditorMount mount;
    private MarkdownArea area;

    @BeforeEach
    void mount() throws Exception {
        mount = new EditorMount(this, dir);
        area = mount.editor().area();
    }

    @AfterEach
    void unmount() throws Exception {
        mount.close();
    }

    private void show(String text) {
        interact(() -> {
            area.replaceText(text);
            area.moveTo(area.getLength());
            area.requestFocus();
        });
    }

    private boolean marked(int position) throws Exception {
        return onFx(() -> area.getStyleOfChar(position).contains(MisspelledRanges.STYLE));
    }

    private boolean markedAll(String text, String word) throws Exception {
        int at = text.indexOf(word);
        for (int i = at; i < at + word.length(); i++) {
            if (!marked(i)) {
                return false;
            }
        }
        return true;
    }

    /** Right-clicks the middle of the {@code index}th character, as a writer does, and returns the menu's items. */
    private List<MenuItem> rightClick(int index) throws Exception {
        Bounds b = onFx(() -> area.getCharacterBoundsOnScreen(index, index + 1)).orElseThrow();
        double x = b.getCenterX();
        double y = b.getCenterY();
        clickOn(new Point2D(x, y), MouseButton.SECONDARY);
        // A desktop's glass turns the right button into a context-menu request; headless Monocle does not, so the
        // request the platform would send is fired at the place clicked (as ListAndEditorTest does).
        interact(() -> {
            Point2D local = area.screenToLocal(x, y);
            Event.fireEvent(area, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                    local.getY(), x, y, false, null));
        });
        waitUntil(() -> onFx(() -> area.getContextMenu().isShowing()));
        return area.getContextMenu().getItems();
    }

    private static Optional<MenuItem> item(List<MenuItem> items, String text) {
        return items.stream().filter(i -> text.equals(i.getText())).findFirst();
    }

    @Test
    void aNewBlogLanguageIsTakenAtTheNextCheckOfTheOpenPost() throws Exception {
        assertThat(mount.library.posts().find(mount.editor().viewModel().getCurrent().id()).orElseThrow().language())
                .as("the sample post follows the blog's language").isEmpty();
        show("The colour of the sky. It is rainning");
        String text = "The colour of the sky. It is rainning";
        waitUntil(() -> markedAll(text, "rainning"));
        var settings = mount.library.settings().load();
        // Klingon: no dictionary anywhere, so the post is no longer checked and its marks go.
        mount.library.settings().save(new BlogSettings(settings.header(), settings.title(),
                settings.tagline(), settings.description(), settings.baseUrl(), settings.authorName(), "tlh",
                settings.postsPerPage(), settings.dateFormat(), settings.indexOrder(), settings.theme(),
                settings.trustRawHtml(), settings.timeZone()));
        write(" today");
        waitUntil(() -> !marked(text.indexOf("rainning") + 1));
    }

    @Test
    void typingAMisspelledWordUnderlinesItAndLeavesRightWordsAlone() throws Exception {
        show("The colour of the sky.");
        write(" It is rainning");
        String text = "The colour of the sky. It is rainning";
        waitUntil(() -> markedAll(text, "rainning"));
        assertThat(area.getText()).isEqualTo(text);
        for (String right : List.of("colour", "sky", "It")) {
            assertThat(marked(text.indexOf(right))).as(right).isFalse();
        }
        // Typing on into the marked word takes its mark off until the next check.
        interact(() -> area.insertText(text.indexOf("rainning") + 3, "x"));
        waitUntil(() -> !marked(text.indexOf("rainning") + 1));
    }

    @Test
    void aSuggestionReplacesTheWordAsOneUndoStep() throws Exception {
        String text = "I recieve letters every morning.";
        show(text);
        waitUntil(() -> markedAll(text, "recieve"));
        List<MenuItem> items = rightClick(text.indexOf("recieve") + 2);
        waitUntil(() -> onFx(() -> item(items, "receive").isPresent()));
        long suggestions = onFx(() -> items.stream().filter(i -> i.getStyleClass().contains("spelling-suggestion"))
                .count());
        assertThat(suggestions).isBetween(1L, 5L);
        interact(() -> {
            item(items, "receive").orElseThrow().fire();
            area.getContextMenu().hide();
        });
        assertThat(area.getText()).isEqualTo("I receive letters every morning.");
        waitUntil(() -> !marked(text.indexOf("recieve")));
        interact(area::undo);
        assertThat(area.getText()).isEqualTo(text);
    }

    @Test
    void addToDictionaryRemovesTheMarkInEveryOpenPost() throws Exception {
        String word = "Quorvex";
        String text = "We shipped " + word + " today, and " + word + " works.";
        Post other = mount.library.posts().posts(PostQuery.all()).get(1);
        MarkdownEditorView[] second = new MarkdownEditorView[1];
        interact(() -> {
            second[0] = EditorFixtureApp.mount(new Stage(), mount.library, mount.dialogs);
            second[0].open(other.id());
        });
        waitUntil(() -> onFx(() -> second[0].viewModel().getCurrent() != null && second[0].area().getLength() > 0));
        String otherText = "Notes on " + word + ".";
        interact(() -> second[0].area().replaceText(otherText));
        show(text);
        waitUntil(() -> markedAll(text, word) && marked(text.lastIndexOf(word)));
        waitUntil(() -> onFx(() -> second[0].area().getStyleOfChar(otherText.indexOf(word) + 1)
                .contains(MisspelledRanges.STYLE)));

        List<MenuItem> items = rightClick(text.indexOf(word) + 1);
        interact(() -> {
            item(items, "Add to dictionary").orElseThrow().fire();
            area.getContextMenu().hide();
        });
        waitUntil(() -> !marked(text.indexOf(word)) && !marked(text.lastIndexOf(word)));
        waitUntil(() -> mount.library.spelling().personalWords("en-GB").contains(word));
        waitUntil(() -> onFx(() -> !second[0].area().getStyleOfChar(otherText.indexOf(word) + 1)
                .contains(MisspelledRanges.STYLE)));
        interact(() -> second[0].flush());
    }

    @Test
    void ignoreAcceptsTheWordInThisPostOnly() throws Exception {
        String text = "The zorbulous plan.";
        show(text);
        waitUntil(() -> markedAll(text, "zorbulous"));
        List<MenuItem> items = rightClick(text.indexOf("zorbulous") + 1);
        interact(() -> {
            item(items, "Ignore in this post").orElseThrow().fire();
            area.getContextMenu().hide();
        });
        waitUntil(() -> !marked(text.indexOf("zorbulous")));
        long id = mount.post.id();
        waitUntil(() -> mount.library.spelling().checkerFor(mount.library.posts().find(id).orElseThrow(),
                mount.library.settings().load()).orElseThrow().check(text).isEmpty());
        assertThat(mount.library.spelling().personalWords("en-GB")).doesNotContain("zorbulous");
    }

    @Test
    void noMarksInsideCodeSpansCodeBlocksOrUrls() throws Exception {
        String text = "Run `gti stauts` first.\n\n```\nfoo brrk xyzzq\n```\n\n"
                + "See https://exmple.com/qwzx and [the docs](https://docz.example/wrng).\n\nA mispeled word.\n";
        show(text);
        waitUntil(() -> markedAll(text, "mispeled"));
        for (String inCode : List.of("gti", "stauts", "brrk", "xyzzq", "exmple", "qwzx", "docz", "wrng")) {
            int at = text.indexOf(inCode);
            for (int i = at; i < at + inCode.length(); i++) {
                assertThat(marked(i)).as(inCode).isFalse();
            }
        }
    }
}
