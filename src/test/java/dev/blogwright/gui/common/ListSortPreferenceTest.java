package dev.blogwright.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blogwright.logic.post.PostSort;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The list's sort choice is remembered between runs; a name an older build stored counts as no choice. */
class ListSortPreferenceTest {
    private final Preferences node = Preferences.userRoot().node("dev/blogwright/test-" + UUID.randomUUID());
    private final ShellPreferences prefs = new ShellPreferences(new UiPreferences(node));

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void theChosenSortComesBack() {
        assertThat(prefs.listSort()).isEmpty();
        prefs.setListSort(PostSort.TITLE);
        assertThat(new ShellPreferences(new UiPreferences(node)).listSort()).contains(PostSort.TITLE);
        node.put("list.sort", "NEWEST");
        assertThat(prefs.listSort()).isEmpty();
    }
}
