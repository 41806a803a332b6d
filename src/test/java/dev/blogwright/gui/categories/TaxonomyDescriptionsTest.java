package dev.blogwright.gui.categories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.gui.common.FakeDialogService;
import dev.blogwright.gui.common.UiExecutor;
import dev.blogwright.gui.fakes.FakeTaxonomy;
import dev.blogwright.model.Category;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Category and tag descriptions, edited where categories and tags are managed. */
class TaxonomyDescriptionsTest {
    private final FakeTaxonomy taxonomy = new FakeTaxonomy();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final Map<String, String> tagTexts = new HashMap<>();
    private TaxonomyViewModel vm;

    @BeforeEach
    void load() {
        taxonomy.categoryNamed("Travel");
        taxonomy.addTag("java");
        vm = new TaxonomyViewModel(taxonomy, new TagDescriptions() {
            @Override
            public Map<String, String> all() {
                return Map.copyOf(tagTexts);
            }

            @Override
            public void save(String slug, String text) {
                tagTexts.put(slug, text);
            }
        }, UiExecutor.direct(), dialogs, () -> { });
        vm.load();
    }

    @Test
    void aCategoryDescriptionIsStoredWithTheCategory() {
        dialogs.answers.add("  Trips and places. ");
        vm.describeCategory(vm.categories().get(0));
        assertThat(vm.categories()).extracting(Category::description).containsExactly("Trips and places.");
    }

    @Test
    void aTagDescriptionIsStoredByTheTagsSlug() {
        dialogs.answers.add("The language.");
        vm.describeTag(vm.tags().get(0));
        assertThat(tagTexts).containsEntry(vm.tags().get(0).slug(), "The language.");
        assertThat(vm.describesTags()).isTrue();
    }
}
