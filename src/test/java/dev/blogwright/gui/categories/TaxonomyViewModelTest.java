package dev.blogwright.gui.categories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.app.BlogLibrary;
import dev.blogwright.app.OpenMode;
import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.model.Category;
import dev.blogwright.model.Tag;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class TaxonomyViewModelTest {
    @TempDir
    Path dir;
    private BlogLibrary library;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final AtomicInteger changes = new AtomicInteger();
    private TaxonomyViewModel vm;

    @BeforeEach
    void open() {
        library = BlogLibrary.open(dir.resolve("library.db"), OpenMode.CREATE);
        library.installSample();
        vm = new TaxonomyViewModel(library.taxonomy(), UiExecutor.direct(), dialogs, changes::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Category named(String name) {
        return vm.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void createRenameAndColourACategory() {
        dialogs.answers.add("Databases");
        vm.createCategory();
        assertThat(vm.categories()).extracting(Category::name).contains("Databases");
        dialogs.answers.add("Data & Storage");
        vm.renameCategory(named("Databases"));
        assertThat(named("Data & Storage").slug()).isEqualTo("data-storage");
        vm.setColour(named("Data & Storage"), "#1f6feb");
        assertThat(named("Data & Storage").colour()).isEqualTo("#1f6feb");
        assertThat(changes.get()).isEqualTo(3);
    }

    @Test
    void mergingMovesThePostsAndDeletingKeepsThem() {
        vm.mergeCategory(named("Performance"), named("DevOps"));
        assertThat(vm.categories()).extracting(Category::name).doesNotContain("Performance");
        assertThat(library.posts().search("category:devops")).hasSize(3);
        vm.deleteCategory(named("DevOps"));
        assertThat(library.stats().posts()).isEqualTo(6);
        assertThat(library.posts().search("category:devops")).isEmpty();
    }

    @Test
    void aCancelledConfirmationChangesNothing() {
        dialogs.confirmAnswer = false;
        vm.deleteCategory(named("Security"));
        assertThat(vm.categories()).extracting(Category::name).contains("Security");
        assertThat(changes.get()).isZero();
    }

    @Test
    void movingACategoryStoresTheNewOrder() {
        vm.moveCategory(named("AI & ML"), -1);
        assertThat(library.taxonomy().categories()).extracting(Category::name)
                .containsExactly("Performance", "DevOps", "Security", "AI & ML", "Startup");
    }

    @Test
    void renamingATagToAnExistingNameMergesThem() {
        Tag databases = vm.tags().stream().filter(t -> t.name().equals("Databases")).findFirst().orElseThrow();
        dialogs.answers.add("PostgreSQL");
        vm.renameTag(databases);
        assertThat(vm.tags()).extracting(Tag::name).contains("PostgreSQL").doesNotContain("Databases");
        assertThat(library.posts().search("tag:postgresql")).hasSize(2);
    }
}
