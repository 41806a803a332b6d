package dev.blogwright.gui.menus;

import dev.blogwright.model.Category;
import dev.blogwright.model.MenuEntry;
import dev.blogwright.model.MenuEntry.Kind;
import dev.blogwright.model.PostSummary;
import dev.blogwright.model.SiteMenus;
import dev.blogwright.model.SocialLink;
import dev.blogwright.model.Tag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Menus editor's state: the header and footer menus as lists of entries (nested one level), the social links
 * as fields. Every change to a menu can be undone; nothing is written until {@link #save()}, so Cancel drops it all.
 * A header nobody touched stays generated, so it keeps following the blog's categories.
 */
public final class MenusViewModel {
    /** Which menu an action works on. */
    public enum Which { HEADER, FOOTER }

    /** Where an entry is: its place at the top, and its place under that one (or -1 for the top entry itself). */
    public record Place(int top, int child) {
        public static Place top(int index) {
            return new Place(index, -1);
        }

        public boolean isChild() {
            return child >= 0;
        }
    }

    private final MenuSources sources;
    private final ObservableList<MenuEntry> header = FXCollections.observableArrayList();
    private final ObservableList<MenuEntry> footer = FXCollections.observableArrayList();
    private final List<Category> categories;
    private final List<Tag> tags;
    private final List<PostSummary> pages;
    private final Deque<List<List<MenuEntry>>> undo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final StringProperty mastodon = new SimpleStringProperty("");
    private final StringProperty github = new SimpleStringProperty("");
    private final BooleanProperty rss = new SimpleBooleanProperty();
    private final StringProperty otherLinks = new SimpleStringProperty("");
    private final boolean wasGenerated;
    private boolean headerEdited;

    public MenusViewModel(MenuSources sources) {
        this.sources = sources;
        this.categories = sources.categories().get();
        this.tags = sources.tags().get();
        this.pages = sources.pages().get();
        SiteMenus menus = sources.load().get();
        this.wasGenerated = menus.generated();
        header.setAll(menus.headerFor(categories));
        footer.setAll(menus.footer());
        SocialLinksForm.fill(menus.social(), mastodon, github, rss, otherLinks);
    }

    public ObservableList<MenuEntry> menu(Which which) {
        return which == Which.HEADER ? header : footer;
    }

    public List<Category> categories() {
        return categories;
    }

    public List<Tag> tags() {
        return tags;
    }

    /** The pages an entry may point at, to choose from instead of typing a slug. */
    public List<PostSummary> pages() {
        return pages;
    }

    /** The line the editor shows for {@code e}: a category or tag without a label under its own name. */
    public String line(MenuEntry e) {
        String name = switch (e.kind()) {
            case CATEGORY -> categories.stream().filter(c -> c.slug().equals(e.target())).map(Category::name)
                    .findFirst().orElse("");
            case TAG -> tags.stream().filter(t -> t.slug().equals(e.target())).map(Tag::name).findFirst().orElse("");
            default -> "";
        };
        return MenuEntryText.line(e, name);
    }

    /** Adds {@code entry} at the end of the top level of a menu; returns its place. */
    public Place add(Which which, MenuEntry entry) {
        change(which, list -> list.add(entry.leaf()));
        return Place.top(menu(which).size() - 1);
    }

    public void remove(Which which, Place place) {
        change(which, list -> {
            if (place.isChild()) {
                MenuEntry parent = list.get(place.top());
                List<MenuEntry> kids = new ArrayList<>(parent.children());
                kids.remove(place.child());
                list.set(place.top(), parent.withChildren(kids));
            } else {
                list.remove(place.top());
            }
        });
    }

    public void edit(Which which, Place place, String label, String target) {
        MenuEntry e = entry(which, place).withLabel(label).withTarget(target);
        change(which, list -> replace(list, place, e));
    }

    public MenuEntry entry(Which which, Place place) {
        MenuEntry top = menu(which).get(place.top());
        return place.isChild() ? top.children().get(place.child()) : top;
    }

    /**
     * Moves the entry at {@code from} to the top level before {@code beforeTop} (the size for the end), or, when
     * {@code intoParent} is set, to the end of the children of the top entry at {@code beforeTop}. Returns where it
     * went, or empty when the move is not allowed: an entry with children cannot go under another (one level
     * only), nor can anything nest in the footer.
     */
    public Optional<Place> move(Which which, Place from, int beforeTop, boolean intoParent) {
        MenuEntry moving = entry(which, from);
        if (intoParent && (which == Which.FOOTER || !moving.children().isEmpty()
                || (!from.isChild() && from.top() == beforeTop))) {
            return Optional.empty();
        }
        List<MenuEntry> list = new ArrayList<>(menu(which));
        removeAt(list, from);
        // Taking a top entry out shifts the ones after it up by one; taking a child out shifts nothing.
        int top = Math.min(list.size(), !from.isChild() && from.top() < beforeTop ? beforeTop - 1 : beforeTop);
        Place to;
        if (intoParent) {
            MenuEntry parent = list.get(top);
            List<MenuEntry> kids = new ArrayList<>(parent.children());
            kids.add(moving);
            list.set(top, parent.withChildren(kids));
            to = new Place(top, kids.size() - 1);
        } else {
            list.add(top, moving);
            to = Place.top(top);
        }
        change(which, l -> l.setAll(list));
        return Optional.of(to);
    }

    /** Moves an entry one place up or down among its siblings; returns where it went. */
    public Place shift(Which which, Place place, int delta) {
        if (place.isChild()) {
            List<MenuEntry> kids = new ArrayList<>(menu(which).get(place.top()).children());
            int to = Math.max(0, Math.min(kids.size() - 1, place.child() + delta));
            kids.add(to, kids.remove(place.child()));
            change(which, l -> l.set(place.top(), l.get(place.top()).withChildren(kids)));
            return new Place(place.top(), to);
        }
        int to = Math.max(0, Math.min(menu(which).size() - 1, place.top() + delta));
        change(which, l -> l.add(to, l.remove(place.top())));
        return Place.top(to);
    }

    /** Puts a top entry under the one above it (the keyboard's way to nest), or a child back to the top level. */
    public Optional<Place> indent(Which which, Place place) {
        if (place.isChild()) {
            return move(which, place, place.top() + 1, false);
        }
        return place.top() == 0 ? Optional.empty() : move(which, place, place.top() - 1, true);
    }

    public void undo() {
        if (!undo.isEmpty()) {
            List<List<MenuEntry>> before = undo.pop();
            header.setAll(before.get(0));
            footer.setAll(before.get(1));
            canUndo.set(!undo.isEmpty());
        }
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public StringProperty mastodonProperty() {
        return mastodon;
    }

    public StringProperty githubProperty() {
        return github;
    }

    public BooleanProperty rssProperty() {
        return rss;
    }

    /** Other links, one a line: "Label | https://…". */
    public StringProperty otherLinksProperty() {
        return otherLinks;
    }

    /** Writes the menus; a reason instead when a field cannot be saved as it is. */
    public Optional<String> save() {
        List<SocialLink> social = new ArrayList<>();
        Optional<String> problem = SocialLinksForm.read(mastodon.get(), github.get(), rss.get(), otherLinks.get(),
                social);
        if (problem.isPresent()) {
            return problem;
        }
        for (List<MenuEntry> list : List.of(header, footer)) {
            for (MenuEntry e : list) {
                Optional<String> bad = MenuEntryText.problem(e).or(() -> missingPage(e));
                if (bad.isPresent()) {
                    return bad;
                }
            }
        }
        SiteMenus menus = wasGenerated && !headerEdited ? SiteMenus.DEFAULT : SiteMenus.DEFAULT.withHeader(header);
        sources.save().accept(menus.withFooter(footer).withSocial(social));
        return Optional.empty();
    }

    /** An entry pointing at a page the blog does not have would be dropped by the export with only a log line. */
    private Optional<String> missingPage(MenuEntry e) {
        if (e.kind() == Kind.PAGE && pages.stream().noneMatch(p -> p.slug().equals(e.target()))) {
            return Optional.of("The menu entry '" + MenuEntryText.line(e) + "' points at the page '" + e.target()
                    + "', which the blog does not have; choose one of its pages");
        }
        for (MenuEntry child : e.children()) {
            Optional<String> p = missingPage(child);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private void change(Which which, Consumer<ObservableList<MenuEntry>> work) {
        undo.push(List.of(List.copyOf(header), List.copyOf(footer)));
        canUndo.set(true);
        if (which == Which.HEADER) {
            headerEdited = true;
        }
        work.accept(menu(which));
    }

    private static void replace(List<MenuEntry> list, Place place, MenuEntry e) {
        if (place.isChild()) {
            MenuEntry parent = list.get(place.top());
            List<MenuEntry> kids = new ArrayList<>(parent.children());
            kids.set(place.child(), e);
            list.set(place.top(), parent.withChildren(kids));
        } else {
            list.set(place.top(), e);
        }
    }

    private static void removeAt(List<MenuEntry> list, Place place) {
        if (place.isChild()) {
            MenuEntry parent = list.get(place.top());
            List<MenuEntry> kids = new ArrayList<>(parent.children());
            kids.remove(place.child());
            list.set(place.top(), parent.withChildren(kids));
        } else {
            list.remove(place.top());
        }
    }

    /** A new entry of {@code kind} with a sensible first target, for the Add menu. */
    public MenuEntry newEntry(Kind kind, String target) {
        return switch (kind) {
            case EXTERNAL -> new MenuEntry(kind, target.isBlank() ? "https://" : target, "New link");
            default -> new MenuEntry(kind, target, "");
        };
    }
}
