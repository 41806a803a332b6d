package dev.blogwright.logic.post;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.post.PageTree.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTreeTest {
    private final PageTree tree = new PageTree(List.of(
            new Page(1, "About", null, false),
            new Page(2, "Team", 1L, false),
            new Page(3, "Alice", 2L, false),
            new Page(4, "Contact", null, false),
            new Page(5, "Old", null, true),
            new Page(6, "", 4L, false)));

    @Test
    void parentChoicesLeaveOutThePageItsSubPagesAndTheTrash() {
        assertThat(tree.parentChoices(2)).extracting(Page::id).containsExactly(1L, 4L, 6L);
        assertThat(tree.parentChoices(4)).extracting(Page::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void treeOrderPutsSubPagesUnderTheirParent() {
        assertThat(tree.inTreeOrder()).extracting(Page::id).containsExactly(1L, 2L, 3L, 4L, 6L, 5L);
    }

    @Test
    void pathNamesEveryAncestorAndAnUntitledPage() {
        assertThat(tree.path(3)).isEqualTo("About ▸ Team ▸ Alice");
        assertThat(tree.parentPath(3)).isEqualTo("About ▸ Team");
        assertThat(tree.path(6)).isEqualTo("Contact ▸ Untitled");
        assertThat(tree.parentPath(1)).isEmpty();
        assertThat(tree.path(99)).isEmpty();
    }

    @Test
    void aLoopOfParentsWrittenByHandEndsThePathAndStillListsThePages() {
        PageTree loop = new PageTree(List.of(new Page(1, "A", 2L, false), new Page(2, "B", 1L, false)));
        assertThat(loop.path(1)).isEqualTo("B ▸ A");
        assertThat(loop.inTreeOrder()).extracting(Page::id).containsExactlyInAnyOrder(1L, 2L);
        assertThat(loop.parentChoices(1)).isEmpty();
    }
}
