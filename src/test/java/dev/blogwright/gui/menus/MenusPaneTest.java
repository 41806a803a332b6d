package dev.blogwright.gui.menus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.model.Category;
import dev.blogwright.model.MenuEntry;
import dev.blogwright.model.MenuEntry.Kind;
import dev.blogwright.model.PostStatus;
import dev.blogwright.model.PostSummary;
import dev.blogwright.model.SiteMenus;
import dev.blogwright.model.SocialLink;
import dev.blogwright.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The Menus editor walked as a person uses it: add a link, drag to reorder and to nest, save. */
@Timeout(60)
class MenusPaneTest extends FxRobot {
    private final AtomicReference<SiteMenus> stored = new AtomicReference<>(SiteMenus.DEFAULT);
    private final PostSummary about = new PostSummary(7, "about", "About us", "", null, null, PostStatus.PUBLISHED,
            false, false, null, Instant.EPOCH, 10, 1);
    private MenusViewModel vm;

    @BeforeEach
    void mount() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        List<Category> categories = List.of(new Category(1, "Dev", "dev", "", "", 1, null),
                new Category(2, "Ops", "ops", "", "", 2, null));
        vm = new MenusViewModel(new MenuSources(stored::get, stored::set, () -> categories,
                () -> List.of(new Tag(1, "Java", "java")), () -> List.of(about)));
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new MenusPane(vm, new FakeDialogService()), 1280, 800));
            s.setMaximized(false);
            s.setFullScreen(false);
            s.sizeToScene();
            s.setX(0);
            s.setY(0);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void unmount() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /**
     * The entry's cell once the tree is laid out: the tree has its entries before the next layout pulse gives them
     * cells, and until then a cell can still show the entry it had before a move.
     */
    private TreeCell<?> cell(String startOfLine) throws Exception {
        waitUntil(() -> cellLookup(startOfLine).tryQuery().map(n -> !n.getScene().getRoot().isNeedsLayout())
                .orElse(false));
        return cellLookup(startOfLine).queryAs(TreeCell.class);
    }

    private NodeQuery cellLookup(String startOfLine) {
        return lookup(".menu-entry-cell").match(n -> n instanceof TreeCell<?> c && c.getItem() != null
                && c.getText() != null && c.getText().startsWith(startOfLine));
    }

    /** Clicks {@code query} once it is shown and laid out: a menu's popup and a tab's content come a pulse later. */
    private FxRobotInterface clickWhenShown(String query) throws Exception {
        waitUntil(() -> lookup(query).match(NodeQueryUtils.isVisible()).tryQuery()
                .map(n -> n.getScene() != null && !n.getScene().getRoot().isNeedsLayout()).orElse(false));
        return clickOn(query);
    }

    private List<String> header() {
        return vm.menu(MenusViewModel.Which.HEADER).stream().map(e -> e.label().isEmpty() ? e.target().isEmpty()
                ? e.kind().key() : e.target() : e.label()).toList();
    }

    private static Optional<Window> pageChoice() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof Stage s
                && "Add a page".equals(s.getTitle())).findFirst();
    }

    @Test
    void aNewLibraryStartsFromTheGeneratedMenu() {
        assertThat(header()).containsExactly("home", "dev", "ops", "archive");
    }

    @Test
    void addingALinkDraggingAndNestingThenSavingWritesTheMenu() throws Exception {
        clickOn("#header-menu-add");
        clickWhenShown("Link");
        TextField label = lookup("#header-menu-label").queryAs(TextField.class);
        TextField target = lookup("#header-menu-target").queryAs(TextField.class);
        interact(() -> label.setText(""));
        clickOn(label).write("Docs");
        clickOn(target).push(KeyCode.END).write("example.org/docs");
        clickOn("#header-menu-apply");
        assertThat(header()).containsExactly("home", "dev", "ops", "archive", "Docs");

        // Onto the top edge of Home: before it.
        drag(cell("Archive")).dropTo(point(cell("Home")).atPosition(Pos.TOP_CENTER).atOffset(new Point2D(0, 3)));
        waitUntil(() -> header().get(0).equals("archive"));
        assertThat(header()).containsExactly("archive", "home", "dev", "ops", "Docs");

        // Onto the middle of Dev: into its submenu.
        drag(cell("Docs")).dropTo(cell("Dev"));
        waitUntil(() -> header().size() == 4);
        MenuEntry dev = vm.menu(MenusViewModel.Which.HEADER).get(2);
        assertThat(dev.children()).containsExactly(new MenuEntry(Kind.EXTERNAL, "https://example.org/docs", "Docs"));

        clickOn("Social links");
        clickWhenShown("#social-mastodon").write("https://mastodon.social/@eng");
        Optional<String> problem = vm.save();
        assertThat(problem).isEmpty();
        SiteMenus saved = stored.get();
        assertThat(saved.generated()).isFalse();
        assertThat(saved.header()).hasSize(4);
        assertThat(saved.header().get(2).children()).hasSize(1);
        assertThat(saved.social()).containsExactly(new SocialLink(SocialLink.Network.MASTODON, "",
                "https://mastodon.social/@eng"));
    }

    @Test
    void undoTakesBackAChangeAndAnUntouchedHeaderStaysGenerated() throws Exception {
        clickOn(cell("Ops"));
        clickOn("#header-menu-remove");
        assertThat(header()).containsExactly("home", "dev", "archive");
        clickOn("#header-menu-undo");
        assertThat(header()).containsExactly("home", "dev", "ops", "archive");
        clickOn("Footer menu");
        clickWhenShown("#footer-menu-add");
        clickWhenShown("Archive");
        assertThat(vm.save()).isEmpty();
        assertThat(stored.get().header()).extracting(MenuEntry::target).containsExactly("", "dev", "ops", "");
        assertThat(stored.get().footer()).containsExactly(new MenuEntry(Kind.ARCHIVE, "", ""));
    }

    @Test
    void aLinkWithoutAnAddressIsRefusedWithAReason() throws Exception {
        clickOn("#header-menu-add");
        clickWhenShown("Link");
        assertThat(vm.save()).hasValueSatisfying(m -> assertThat(m).contains("https://"));
        assertThat(stored.get()).isEqualTo(SiteMenus.DEFAULT);
    }

    @Test
    void entryActionsAreGreyedUntilAnEntryIsSelected() throws Exception {
        for (String id : List.of("remove", "move-up", "move-down", "nest-un-nest", "apply")) {
            assertThat(lookup("#header-menu-" + id).queryButton().isDisabled()).as(id).isTrue();
        }
        clickOn(cell("Ops"));
        for (String id : List.of("remove", "move-up", "move-down", "nest-un-nest", "apply")) {
            assertThat(lookup("#header-menu-" + id).queryButton().isDisabled()).as(id).isFalse();
        }
    }

    @Test
    void aPageIsChosenFromTheBlogsPagesAndAMissingOneIsRefused() throws Exception {
        clickOn("Footer menu");
        clickWhenShown("#footer-menu-add");
        clickWhenShown("Page…");
        // The choice dialog opens on a later pulse: Enter goes to it once it has the focus, and it answers as it closes.
        waitUntil(() -> pageChoice().map(Window::isFocused).orElse(false));
        push(KeyCode.ENTER);
        waitUntil(() -> pageChoice().isEmpty() && !vm.menu(MenusViewModel.Which.FOOTER).isEmpty());
        assertThat(vm.menu(MenusViewModel.Which.FOOTER)).containsExactly(new MenuEntry(Kind.PAGE, "about", ""));
        assertThat(vm.save()).isEmpty();

        interact(() -> vm.add(MenusViewModel.Which.FOOTER, vm.newEntry(Kind.PAGE, "no-such-page")));
        assertThat(vm.save()).hasValueSatisfying(m -> assertThat(m).contains("no-such-page").contains("does not have"));
        assertThat(stored.get().footer()).containsExactly(new MenuEntry(Kind.PAGE, "about", ""));
    }
}
