package dev.blogwright.gui.categories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.fakes.FakeTaxonomy;
import dev.blogwright.model.Category;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The categories and tags manager's view model on a fake taxonomy: no database, no Stage. */
class TaxonomyViewModelFakesTest {
    private final FakeTaxonomy taxonomy = new FakeTaxonomy();
    private final FakeDialogService dialogs = new FakeDialogService();
    private int changes;
    private TaxonomyViewModel vm;

    @BeforeEach
    void load() {
        taxonomy.categoryNamed("Travel");
        taxonomy.categoryNamed("Food");
        taxonomy.addTag("java");
        taxonomy.calls.clear();
        vm = new TaxonomyViewModel(taxonomy, UiExecutor.direct(), dialogs, () -> changes++);
        vm.load();
    }

    @Test
    void aCategoryMovedDownIsStoredInItsNewOrderAndTheListHears() {
        Category travel = vm.categories().get(0);
        vm.moveCategory(travel, 1);
        assertThat(taxonomy.calls).hasSize(1).first().asString().startsWith("reorder");
        assertThat(vm.categories()).extracting(Category::name).containsExactly("Food", "Travel");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void nothingIsDeletedWhenTheWriterSaysNo() {
        dialogs.confirmAnswer = false;
        vm.deleteCategory(vm.categories().get(0));
        vm.deleteTag(vm.tags().get(0));
        assertThat(taxonomy.calls).isEmpty();
        assertThat(changes).isZero();
    }

    @Test
    void aRenamedTagShowsItsNewName() {
        dialogs.answers.add("kotlin");
        vm.renameTag(vm.tags().get(0));
        assertThat(vm.tags()).extracting(t -> t.name()).containsExactly("kotlin");
    }
}
