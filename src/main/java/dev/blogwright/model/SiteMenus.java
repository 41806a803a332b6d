package dev.blogwright.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The site's navigation: the header menu, the footer menu and the social links, stored as JSON under the settings
 * key {@code menus}. {@code generated} is true while nobody has edited the header menu: it then shows Home, the
 * categories in their order and the archive (Publii's default), following new categories by itself.
 */
public record SiteMenus(boolean generated, List<MenuEntry> header, List<MenuEntry> footer, List<SocialLink> social) {
    /** A library that never saved menus: the generated header, no footer menu, no social links. */
    public static final SiteMenus DEFAULT = new SiteMenus(true, List.of(), List.of(), List.of());

    public SiteMenus {
        header = header == null || generated ? List.of() : List.copyOf(header);
        footer = footer == null ? List.of() : footer.stream().map(MenuEntry::leaf).toList();
        social = social == null ? List.of() : List.copyOf(social);
    }

    /** The same menus with {@code entries} as the (now hand-made) header menu. */
    public SiteMenus withHeader(List<MenuEntry> entries) {
        return new SiteMenus(false, entries, footer, social);
    }

    public SiteMenus withFooter(List<MenuEntry> entries) {
        return new SiteMenus(generated, header, entries, social);
    }

    public SiteMenus withSocial(List<SocialLink> links) {
        return new SiteMenus(generated, header, footer, links);
    }

    /**
     * The header a generated menu shows for {@code categories}: Home, each top-level category in its order with its
     * sub-categories as a submenu, then the archive.
     */
    public static List<MenuEntry> generatedHeader(List<Category> categories) {
        List<Category> ordered = categories.stream().sorted(Comparator.comparingDouble(Category::position)).toList();
        List<MenuEntry> entries = new ArrayList<>();
        entries.add(new MenuEntry(MenuEntry.Kind.HOME, "", ""));
        for (Category top : ordered) {
            if (top.parentId() == null) {
                List<MenuEntry> kids = ordered.stream().filter(c -> Objects.equals(c.parentId(), top.id()))
                        .map(c -> new MenuEntry(MenuEntry.Kind.CATEGORY, c.slug(), "")).toList();
                entries.add(new MenuEntry(MenuEntry.Kind.CATEGORY, top.slug(), "", kids));
            }
        }
        entries.add(new MenuEntry(MenuEntry.Kind.ARCHIVE, "", ""));
        return List.copyOf(entries);
    }

    /** The header menu as shown: the hand-made one, or the generated one for {@code categories}. */
    public List<MenuEntry> headerFor(List<Category> categories) {
        return generated ? generatedHeader(categories) : header;
    }
}
