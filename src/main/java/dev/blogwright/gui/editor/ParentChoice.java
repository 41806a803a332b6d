package dev.blogwright.gui.editor;

import dev.blogwright.logic.post.PageTree;
import java.util.ArrayList;
import java.util.List;

/** One entry of a page's Parent chooser: a page by id with its path ("About ▸ Team"), or no parent (null id). */
public record ParentChoice(Long id, String label) {
    static final ParentChoice NONE = new ParentChoice(null, "None");

    @Override
    public String toString() {
        return label;
    }

    /**
     * What page {@code pageId} may be placed under: none first, then every page but itself and its sub-pages, each
     * parent before its sub-pages. A stored parent the tree does not offer (it is in the trash) stays choosable,
     * so opening the page never seems to change its parent.
     */
    static List<ParentChoice> forPage(PageTree tree, long pageId, Long storedParent) {
        List<ParentChoice> choices = new ArrayList<>();
        choices.add(NONE);
        tree.parentChoices(pageId).forEach(p -> choices.add(new ParentChoice(p.id(), tree.path(p.id()))));
        if (storedParent != null && choices.stream().noneMatch(c -> storedParent.equals(c.id()))) {
            String path = tree.path(storedParent);
            choices.add(new ParentChoice(storedParent, (path.isEmpty() ? "Page " + storedParent : path)
                    + " (in the trash)"));
        }
        return List.copyOf(choices);
    }
}
