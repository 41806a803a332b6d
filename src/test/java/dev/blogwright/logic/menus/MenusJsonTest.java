package dev.blogwright.logic.menus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blogwright.logic.settings.SettingsRepository;
import dev.blogwright.model.Category;
import dev.blogwright.model.MenuEntry;
import dev.blogwright.model.MenuEntry.Kind;
import dev.blogwright.model.SiteMenus;
import dev.blogwright.model.SocialLink;
import dev.blogwright.model.SocialLink.Network;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MenusJsonTest {
    static final SiteMenus MENUS = SiteMenus.DEFAULT
            .withHeader(List.of(new MenuEntry(Kind.HOME, "", ""),
                    new MenuEntry(Kind.PAGE, "company", "Company", List.of(new MenuEntry(Kind.PAGE, "about", "About"),
                            new MenuEntry(Kind.TAG, "postgresql", ""))),
                    new MenuEntry(Kind.EXTERNAL, "https://example.org/docs", "Docs")))
            .withFooter(List.of(new MenuEntry(Kind.ARCHIVE, "", "All posts")))
            .withSocial(List.of(new SocialLink(Network.MASTODON, "", "https://mastodon.social/@eng"),
                    new SocialLink(Network.RSS, "", "")));

    @Test
    void menusSurviveJsonUnchanged() {
        String json = MenusJson.write(MENUS);
        assertThat(MenusJson.read(json)).isEqualTo(MENUS);
        assertThat(MenusJson.write(MenusJson.read(json))).isEqualTo(json);
    }

    @Test
    void emptyFieldsAreLeftOutOfTheJson() {
        String json = MenusJson.write(SiteMenus.DEFAULT.withFooter(List.of(new MenuEntry(Kind.HOME, "", ""))));
        assertThat(json).isEqualTo("{\"generated\":true,\"footer\":[{\"kind\":\"home\"}],\"social\":[]}");
    }

    @Test
    void menusNestOnlyOneLevel() {
        MenuEntry grandchild = new MenuEntry(Kind.HOME, "", "deep");
        MenuEntry child = new MenuEntry(Kind.ARCHIVE, "", "", List.of(grandchild));
        MenuEntry top = new MenuEntry(Kind.HOME, "", "", List.of(child));
        assertThat(top.children().get(0).children()).isEmpty();
    }

    @Test
    void anUnknownKindIsNamedInTheError() {
        assertThatThrownBy(() -> MenusJson.read("{\"generated\":false,\"header\":[{\"kind\":\"podcast\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'podcast'");
    }

    @Test
    void aGeneratedHeaderIsHomeTheCategoriesInOrderWithTheirChildrenAndTheArchive() {
        List<Category> categories = List.of(new Category(1, "Ops", "ops", "", "", 2, null),
                new Category(2, "Dev", "dev", "", "", 1, null), new Category(3, "Java", "java", "", "", 3, 2L));
        List<MenuEntry> header = SiteMenus.DEFAULT.headerFor(categories);
        assertThat(header).extracting(MenuEntry::kind).containsExactly(Kind.HOME, Kind.CATEGORY, Kind.CATEGORY,
                Kind.ARCHIVE);
        assertThat(header).extracting(MenuEntry::target).containsExactly("", "dev", "ops", "");
        assertThat(header.get(1).children()).extracting(MenuEntry::target).containsExactly("java");
    }

    @Test
    void theServiceKeepsMenusAndTagDescriptionsUnderTheirOwnKeys() {
        Map<String, String> stored = new HashMap<>();
        MenuService service = new MenuService(new MapSettings(stored));
        assertThat(service.menus()).isEqualTo(SiteMenus.DEFAULT);
        service.saveMenus(MENUS);
        service.saveTagDescription("postgresql", " Notes on Postgres ");
        service.saveTagDescription("empty", "  ");
        assertThat(stored).containsOnlyKeys("menus", "tag_descriptions");
        assertThat(service.menus()).isEqualTo(MENUS);
        assertThat(service.tagDescriptions()).containsExactly(Map.entry("postgresql", "Notes on Postgres"));
    }

    @Test
    void storedMenusThatDoNotReadFallBackToTheGeneratedMenu() {
        Map<String, String> stored = new HashMap<>(Map.of("menus", "{not json", "tag_descriptions", "[1]"));
        MenuService service = new MenuService(new MapSettings(stored));
        assertThat(service.menus()).isEqualTo(SiteMenus.DEFAULT);
        assertThat(service.tagDescriptions()).isEmpty();
    }

    /** The settings table as a map. */
    record MapSettings(Map<String, String> values) implements SettingsRepository {
        @Override
        public Map<String, String> all() {
            return Map.copyOf(values);
        }

        @Override
        public void putAll(Map<String, String> changed) {
            values.putAll(changed);
        }
    }
}
